package io.storytrace.ingest.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves a host name to its addresses; the system's DNS by default. */
@FunctionalInterface
public interface HostResolver {

    /** The addresses {@code host} resolves to. */
    InetAddress[] resolve(String host) throws UnknownHostException;

    /** The system resolver. */
    static HostResolver system() {
        return InetAddress::getAllByName;
    }
}
