package org.newsroom.ingest.load;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Stories for the ingest load harness, written here (no corpus needed): a fixed mix of ninjs 1.x and 2.x JSON, NITF 3.x
 * and NewsML-G2 newsItem XML, 60 % Arabic and 40 % English, bodies of about 1 to 6 KB of paragraphs. Story {@code n}
 * is always the same document apart from its wire id, so two runs push the same bytes.
 */
final class LoadStories {

    /** One push: its Content-Type and body. */
    record Push(String contentType, byte[] body) {
    }

    private static final String[] ARABIC = {
        "نقلت وكالة أنباء تاس عن وزارة الخارجية الروسية قولها يوم الأحد إن روسيا تلقت اقتراحا من حلف شمال الأطلسي",
        "وتقول الولايات المتحدة وأوكرانيا إن روسيا ربما تستعد لغزو جارتها السوفيتية السابقة",
        "أعلنت الحكومة خطة جديدة لدعم الاقتصاد الوطني وتوفير فرص العمل للشباب في المدن والأرياف",
        "حذرت هيئة الأرصاد الجوية من أمطار غزيرة وسيول محتملة في المناطق الجبلية خلال الأيام المقبلة",
        "فاز المنتخب الوطني بالمباراة النهائية بعد أداء قوي في الشوط الثاني أمام جمهور غفير"};
    private static final String[] ENGLISH = {
        "The government announced a new plan on Sunday to support the economy and create jobs for young people",
        "Forecasters warned of heavy rain and possible flooding in the mountain regions over the coming days",
        "The national team won the final after a strong second half in front of a packed stadium",
        "The two companies signed a partnership agreement worth an undisclosed sum, officials said",
        "Talks between the delegations will resume on January 12, according to the foreign ministry"};
    private static final String[] CONTENT_TYPES = {"application/ninjs+json", "application/json",
        "application/nitf+xml", "application/vnd.iptc.g2.newsitem+xml"};

    private final String prefix;

    /** @param prefix the run's wire id prefix, so that every run sends new stories */
    LoadStories(String prefix) {
        this.prefix = prefix;
    }

    /** @return push {@code n}: format {@code n mod 4}, Arabic unless {@code n mod 5} is 3 or 4 */
    Push push(long n) {
        Random random = new Random(n);
        boolean arabic = n % 5 < 3;
        String[] sentences = arabic ? ARABIC : ENGLISH;
        String headline = sentences[random.nextInt(sentences.length)];
        int paragraphs = 3 + random.nextInt(18);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            body.append("<p>").append(sentences[random.nextInt(sentences.length)]).append(". ")
                    .append(sentences[random.nextInt(sentences.length)]).append(".</p>");
        }
        String id = prefix + "-" + n;
        String language = arabic ? "ar" : "en";
        int format = (int) (n % CONTENT_TYPES.length);
        String text = switch (format) {
            case 0 -> ninjs1(id, language, headline, body.toString());
            case 1 -> ninjs2(id, language, headline, body.toString());
            case 2 -> nitf(id, language, headline, body.toString());
            default -> newsItem(id, language, headline, body.toString());
        };
        return new Push(CONTENT_TYPES[format], text.getBytes(StandardCharsets.UTF_8));
    }

    private static String ninjs1(String id, String language, String headline, String bodyHtml) {
        return "{\"uri\":\"" + id + "\",\"version\":1,\"versioncreated\":\"2026-01-02T09:30:00Z\",\"type\":\"text\","
                + "\"pubstatus\":\"usable\",\"language\":\"" + language + "\",\"urgency\":3,\"headline\":\"" + headline
                + "\",\"byline\":\"Newsroom load\",\"subject\":[{\"code\":\"medtop:11000000\",\"name\":\"politics\"}],"
                + "\"body_html\":\"" + bodyHtml.replace("\"", "\\\"") + "\"}";
    }

    private static String ninjs2(String id, String language, String headline, String bodyHtml) {
        return "{\"uri\":\"" + id + "\",\"version\":2,\"versioncreated\":\"2026-01-02T09:30:00+03:00\","
                + "\"pubstatus\":\"usable\",\"language\":\"" + language + "\",\"headlines\":[{\"role\":\"main\","
                + "\"value\":\"" + headline + "\"}],\"by\":\"Newsroom load\",\"bodies\":[{\"role\":\"main\","
                + "\"contenttype\":\"text/html\",\"value\":\"" + bodyHtml.replace("\"", "\\\"") + "\"}],"
                + "\"subjects\":[{\"uri\":\"http://cv.iptc.org/newscodes/mediatopic/11000000\",\"name\":\"politics\"}],"
                + "\"genres\":[{\"uri\":\"http://cv.iptc.org/newscodes/genre/Current\"}]}";
    }

    private static String nitf(String id, String language, String headline, String bodyHtml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE nitf SYSTEM \"nitf-3-4.dtd\">\n"
                + "<nitf baselang=\"" + language + "\"><head><title>" + headline + "</title>"
                + "<tobject tobject.type=\"News\"><tobject.subject tobject.subject.ipr=\"IPTC\" "
                + "tobject.subject.refnum=\"11000000\" tobject.subject.type=\"Politics\"/></tobject>"
                + "<docdata management-status=\"usable\"><doc-id id-string=\"" + id + "\"/>"
                + "<du-key key=\"LOAD\" version=\"1\"/><urgency ed-urg=\"3\"/><date.issue norm=\"20260102T093000Z\"/>"
                + "</docdata></head><body><body.head><hedline><hl1>" + headline + "</hl1></hedline>"
                + "<byline>Newsroom load</byline></body.head><body.content>" + bodyHtml
                + "</body.content></body></nitf>";
    }

    private static String newsItem(String id, String language, String headline, String bodyHtml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" "
                + "guid=\"" + id + "\" version=\"1\" standard=\"NewsML-G2\" standardversion=\"2.29\" xml:lang=\""
                + language + "\"><itemMeta><itemClass qcode=\"ninat:text\"/><provider literal=\"Newsroom load\"/>"
                + "<versionCreated>2026-01-02T12:30:00+03:00</versionCreated><pubStatus qcode=\"stat:usable\"/>"
                + "</itemMeta><contentMeta><urgency>3</urgency><by>Newsroom load</by><language tag=\"" + language
                + "\"/><subject qcode=\"medtop:11000000\"><name>politics</name></subject><headline>" + headline
                + "</headline></contentMeta><contentSet><inlineXML contenttype=\"application/xhtml+xml\">"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + bodyHtml
                + "</body></html></inlineXML></contentSet></newsItem>";
    }
}
