package org.newsroom.ingest.format.nitf;

import static org.newsroom.ingest.format.xml.XmlElements.attribute;
import static org.newsroom.ingest.format.xml.XmlElements.child;
import static org.newsroom.ingest.format.xml.XmlElements.children;
import static org.newsroom.ingest.format.xml.XmlElements.descendant;
import static org.newsroom.ingest.format.xml.XmlElements.path;
import static org.newsroom.ingest.format.xml.XmlElements.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.namespace.QName;
import org.newsroom.events.Article;
import org.newsroom.events.Concept;
import org.newsroom.events.PubStatus;
import org.newsroom.ingest.format.Headlines;
import org.newsroom.ingest.format.WireContext;
import org.newsroom.ingest.format.WireDates;
import org.newsroom.ingest.format.WireDocument;
import org.newsroom.ingest.format.WireFormatException;
import org.newsroom.ingest.format.WireItem;
import org.newsroom.ingest.format.WireParser;
import org.newsroom.ingest.format.XmlArticles;
import org.newsroom.ingest.format.xml.HtmlFragment;
import org.newsroom.ingest.format.xml.WireXml;
import org.newsroom.ingest.format.xml.XmlElements;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeType;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads NITF 3.x documents (https://iptc.org/std/NITF/3.6/documentation/): {@code docdata/doc-id@id-string} → uri,
 * {@code du-key@version} → version (else {@code date.issue} in epoch ms), {@code date.issue@norm} → versioncreated,
 * {@code docdata@management-status} → pubstatus, {@code date.release@norm} → embargoed, {@code urgency@ed-urg},
 * {@code nitf@baselang}, {@code hl1}, {@code byline} (without {@code byttl}), {@code dateline/location},
 * {@code tobject.subject@tobject.subject.refnum} → {@code subj:} concepts (other providers' codes keep their
 * {@code ipr} as scheme), {@code tobject.property} → genre, {@code body.content} → body_html.
 */
@Component
public class NitfParser implements WireParser {

    /** Root element local name. */
    public static final String ROOT = "nitf";

    @Override
    public String format() {
        return "nitf";
    }

    @Override
    public List<MimeType> mediaTypes() {
        return List.of(MimeType.valueOf("application/nitf+xml"));
    }

    @Override
    public boolean readsRoot(QName root) {
        return root.getLocalPart().equals(ROOT)
                && (root.getNamespaceURI().isEmpty() || root.getNamespaceURI().startsWith("http://iptc.org/std/NITF/"));
    }

    @Override
    public List<Article> parse(byte[] content, WireContext context) {
        return read(content, context).articlesOrThrow();
    }

    @Override
    public WireDocument read(byte[] content, WireContext context) {
        var document = WireXml.parse(content, context.transportCharset());
        Element nitf = document.dom().getDocumentElement();
        if (!XmlElements.localName(nitf).equals(ROOT)) {
            throw new WireFormatException("/" + XmlElements.localName(nitf), "an NITF document has the root element nitf");
        }
        if (document.encoding().hasMalformedInput()) {
            XmlArticles.requireCleanText(nitf.getTextContent(), "/nitf", document.encoding().charset().name());
        }
        List<String> warnings = new ArrayList<>();
        return WireDocument.single(new WireItem.Parsed(0, article(nitf, context, warnings), warnings));
    }

    private Article article(Element nitf, WireContext context, List<String> warnings) {
        Element head = child(nitf, "head");
        Element docdata = child(head, "docdata");
        Element bodyHead = path(nitf, "body", "body.head");
        String id = attribute(child(docdata, "doc-id"), "id-string");
        if (id == null) {
            throw new WireFormatException("/nitf/head/docdata/doc-id/@id-string",
                    "required story id doc-id@id-string is missing or blank");
        }
        Instant versioncreated = WireDates.parse(attribute(child(docdata, "date.issue"), "norm"),
                "/nitf/head/docdata/date.issue/@norm");
        if (versioncreated == null) {
            versioncreated = context.receivedAt();
        }
        String bodyHtml = bodyHtml(nitf);
        String headline = text(path(bodyHead, "hedline", "hl1"));
        if (headline == null) {
            headline = text(child(head, "title"));
        }
        PubStatus pubstatus = pubstatus(attribute(docdata, "management-status"));
        if (headline == null && pubstatus != PubStatus.CANCELED) {
            headline = Headlines.fromBody(bodyHtml);
            if (headline != null) {
                warnings.add(Headlines.DERIVED_WARNING);
            }
        }
        return XmlArticles.build(Article.builder()
                .uri(context.articleUri(id))
                .version(XmlArticles.version(attribute(child(docdata, "du-key"), "version"),
                        versioncreated.toEpochMilli(), "/nitf/head/docdata/du-key/@version"))
                .versioncreated(versioncreated)
                .pubstatus(pubstatus)
                .embargoed(WireDates.parse(attribute(child(docdata, "date.release"), "norm"),
                        "/nitf/head/docdata/date.release/@norm"))
                .urgency(urgency(descendant(head, "urgency")))
                .language(language(nitf))
                .headline(headline)
                .byline(byline(child(bodyHead, "byline")))
                .located(located(bodyHead, docdata))
                .bodyHtml(bodyHtml)
                .subject(subjects(head))
                .genre(genres(head))
                .source(context.agencyId())
                .format(format()), "/nitf");
    }

    /**
     * The story body of an NITF element as HTML: the content of {@code body/body.content}.
     *
     * @param nitf the {@code nitf} element, standalone or inside a NewsML-G2 {@code inlineXML}
     * @return the HTML, or null when the document has no body content
     */
    public static String bodyHtml(Element nitf) {
        return HtmlFragment.innerHtml(path(nitf, "body", "body.content"));
    }

    private static PubStatus pubstatus(String status) {
        if (status == null) {
            return PubStatus.USABLE;
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "usable", "embargoed" -> PubStatus.USABLE;
            case "withheld" -> PubStatus.WITHHELD;
            case "canceled", "cancelled" -> PubStatus.CANCELED;
            default -> throw new WireFormatException("/nitf/head/docdata/@management-status",
                    "management-status must be usable, embargoed, withheld or canceled, got \"" + status + "\"");
        };
    }

    private static Integer urgency(Element urgency) {
        String value = attribute(urgency, "ed-urg");
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new WireFormatException(XmlElements.xpath(urgency) + "/@ed-urg",
                    "ed-urg must be an integer 1..9, got \"" + value + "\"");
        }
    }

    private static String language(Element nitf) {
        String baselang = attribute(nitf, "baselang");
        if (baselang != null) {
            return baselang;
        }
        String lang = attribute(nitf, "lang");
        return lang != null ? lang : attribute(child(nitf, "body"), "lang");
    }

    private static String byline(Element byline) {
        if (byline == null) {
            return null;
        }
        StringBuilder own = new StringBuilder();
        for (Node node = byline.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE
                    || (node instanceof Element element && !XmlElements.localName(element).equals("byttl"))) {
                own.append(node.getTextContent()).append(' ');
            }
        }
        String text = own.toString().replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? text(byline) : text;
    }

    private static String located(Element bodyHead, Element docdata) {
        String location = text(path(bodyHead, "dateline", "location"));
        return location != null ? location : attribute(child(docdata, "evloc"), "city");
    }

    private static List<Concept> subjects(Element head) {
        List<Concept> result = new ArrayList<>();
        for (Element tobject : children(head, "tobject")) {
            for (Element subject : children(tobject, "tobject.subject")) {
                String refnum = attribute(subject, "tobject.subject.refnum");
                if (refnum == null) {
                    continue; // e.g. only tobject.subject.ipr set: nothing to classify by
                }
                String ipr = attribute(subject, "tobject.subject.ipr");
                String scheme = ipr == null || ipr.equalsIgnoreCase("IPTC") ? "subj" : ipr.toLowerCase(Locale.ROOT);
                String name = attribute(subject, "tobject.subject.detail");
                if (name == null) {
                    name = attribute(subject, "tobject.subject.matter");
                }
                if (name == null) {
                    name = attribute(subject, "tobject.subject.type");
                }
                result.add(new Concept(scheme, refnum, name));
            }
        }
        return result;
    }

    private static List<Concept> genres(Element head) {
        List<Concept> result = new ArrayList<>();
        for (Element tobject : children(head, "tobject")) {
            for (Element property : children(tobject, "tobject.property")) {
                String type = attribute(property, "tobject.property.type");
                if (type != null) {
                    result.add(new Concept("genre", type, null));
                }
            }
        }
        return result;
    }
}
