package io.storytrace.ingest.http;

import io.storytrace.pipeline.InputException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses addresses a news fetcher has no business reaching: loopback, link-local, private (RFC
 * 1918, unique-local IPv6, carrier-grade NAT), multicast and unspecified addresses. Names are
 * checked after DNS resolution, every address they resolve to, so that a public-looking name for
 * 127.0.0.1 is refused too; the fetcher asks again for every redirect. A name whose answer changes
 * between this check and the connection (DNS rebinding) is not caught here.
 */
final class AddressGuard {

    private final FetchConfig config;
    private final HostResolver resolver;

    AddressGuard(FetchConfig config, HostResolver resolver) {
        this.config = config;
        this.resolver = resolver;
    }

    /**
     * Checks that {@code uri} may be fetched.
     *
     * @throws InputException naming the address when it may not
     */
    void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InputException(uri.toString(), "only http and https addresses are fetched");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new InputException(uri.toString(), "the address has no host");
        }
        if (config.allowPrivate()
                || config.privateHostsAllowed().contains(host.toLowerCase(Locale.ROOT))) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new InputException(uri.toString(), "unknown host " + host);
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                throw new InputException(
                        uri.toString(),
                        "refused: "
                                + host
                                + " resolves to the private or local address "
                                + address.getHostAddress()
                                + " (use --allow-private to fetch it)");
            }
        }
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    || (first == 169 && second == 254)
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            boolean uniqueLocal = (first & 0xfe) == 0xfc;
            boolean mappedV4 = isMappedV4(b);
            if (mappedV4) {
                try {
                    return isPrivate(
                            InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return uniqueLocal;
        }
        return true;
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
