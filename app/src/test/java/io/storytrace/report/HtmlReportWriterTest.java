package io.storytrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlReportWriterTest {

    private static final Set<String> TAGS =
            Set.of(
                    "html",
                    "head",
                    "meta",
                    "title",
                    "style",
                    "body",
                    "main",
                    "h1",
                    "h2",
                    "h3",
                    "section",
                    "dl",
                    "dt",
                    "dd",
                    "p",
                    "table",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "div",
                    "blockquote",
                    "span",
                    "ul",
                    "li",
                    "del",
                    "ins");
    private static final Set<String> ATTRIBUTES =
            Set.of("lang", "charset", "http-equiv", "content", "name", "class");
    private static final List<String> OPS = List.of("same", "substituted", "inserted", "dropped");

    /**
     * Fills every component of a report record: each string with the payload and the component's
     * name, each list with one element per diff operation (so every branch of the writer runs), so
     * a field added later is covered without changing this test.
     */
    private static Object fill(
            Class<?> type, Type generic, String name, String payload, AtomicInteger n) {
        if (type == String.class) {
            return name.equals("op")
                    ? OPS.get(n.getAndIncrement() % OPS.size())
                    : payload + " [" + name + "]";
        }
        if (type == int.class) {
            return 3;
        }
        if (type == long.class || type == Long.class) {
            return (long) (n.getAndIncrement() % 3);
        }
        if (type == double.class) {
            return 0.5;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < OPS.size(); i++) {
                list.add(fill((Class<?>) element, element, name, payload, n));
            }
            return list;
        }
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] =
                        fill(
                                types[i],
                                components[i].getGenericType(),
                                components[i].getName(),
                                payload,
                                n);
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("cannot fill " + type);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "\"><svg onload=alert(1)>",
                "' onmouseover='alert(1)' x='",
                "</style><script>alert(1)</script>",
                "</title><script>alert(1)</script>",
                "javascript:alert(1)",
                "<a href=\"javascript:alert(1)\">x</a> &amp; <!-- -->"
            })
    void escapesEveryFieldOfTheReport(String payload) {
        TraceReport report =
                (TraceReport)
                        fill(
                                TraceReport.class,
                                TraceReport.class,
                                "report",
                                payload,
                                new AtomicInteger());

        String html = new HtmlReportWriter().write(report);

        Document page = Jsoup.parse(html);
        for (Element element : page.getAllElements()) {
            if (element == page) {
                continue;
            }
            assertThat(TAGS)
                    .as("element <%s> in the page", element.tagName())
                    .contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                assertThat(ATTRIBUTES)
                        .as("attribute %s", attribute.getKey())
                        .contains(attribute.getKey());
                assertThat(attribute.getValue()).doesNotContainIgnoringCase("javascript");
            }
        }
        assertThat(page.select("style")).hasSize(1);
        assertThat(html.toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("<svg")
                .doesNotContain("<a ");
        assertThat(page.body().text()).contains(payload + " [reason]", payload + " [headline]");
        TraceReport one =
                new TraceReport(report.format(), List.of(report.articles().getFirst()), List.of());
        String single = new HtmlReportWriter().write(one);
        assertThat(Jsoup.parse(single).title()).contains(payload);
        assertThat(single.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script");
    }

    /**
     * Text fields the page does not show as they are: diff operations (shown as markup), the kind
     * of an upstream credit (shown in words), and the filler's name for the report itself.
     */
    private static final Set<String> NOT_SHOWN = Set.of("op", "credit", "report");

    /** The names of the text components of every record in a report, however deep. */
    private static void textFields(Class<?> type, Set<String> names, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType() == String.class) {
                names.add(c.getName());
            } else if (c.getType() == List.class) {
                Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                if (element == String.class) {
                    names.add(c.getName());
                } else {
                    textFields((Class<?>) element, names, seen);
                }
            } else {
                textFields(c.getType(), names, seen);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<b>x</b>"})
    void showsEveryTextFieldOfTheReportEscaped(String payload) {
        TraceReport report =
                (TraceReport)
                        fill(
                                TraceReport.class,
                                TraceReport.class,
                                "report",
                                payload,
                                new AtomicInteger());
        Set<String> names = new java.util.TreeSet<>();
        textFields(TraceReport.class, names, new java.util.HashSet<>());

        Document page = Jsoup.parse(new HtmlReportWriter().write(report));

        String text = page.text();
        assertThat(page.select("b")).isEmpty();
        List<String> missing =
                names.stream()
                        .filter(n -> !NOT_SHOWN.contains(n))
                        .filter(n -> !text.contains(payload + " [" + n + "]"))
                        .toList();
        assertThat(missing).as("text fields the page does not show").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain"})
    void isOneFileThatLoadsNothing(String payload) {
        TraceReport report =
                (TraceReport)
                        fill(
                                TraceReport.class,
                                TraceReport.class,
                                "report",
                                payload,
                                new AtomicInteger());

        Document page = Jsoup.parse(new HtmlReportWriter().write(report));

        assertThat(page.select("[src], [href], link, script, img, iframe, object, embed"))
                .isEmpty();
        assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'");
        assertThat(page.select("table.diff del.sub")).isNotEmpty();
        assertThat(page.select("table.diff ins")).isNotEmpty();
    }
}
