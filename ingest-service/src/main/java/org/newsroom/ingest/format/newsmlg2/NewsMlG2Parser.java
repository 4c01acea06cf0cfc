package org.newsroom.ingest.format.newsmlg2;

import static org.newsroom.ingest.format.xml.XmlElements.attribute;
import static org.newsroom.ingest.format.xml.XmlElements.child;
import static org.newsroom.ingest.format.xml.XmlElements.children;
import static org.newsroom.ingest.format.xml.XmlElements.localName;
import static org.newsroom.ingest.format.xml.XmlElements.path;
import static org.newsroom.ingest.format.xml.XmlElements.text;
import static org.newsroom.ingest.format.xml.XmlElements.xpath;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.namespace.QName;
import org.newsroom.events.Article;
import org.newsroom.events.Concept;
import org.newsroom.events.PubStatus;
import org.newsroom.ingest.format.Headlines;
import org.newsroom.ingest.format.IptcConcepts;
import org.newsroom.ingest.format.WireContext;
import org.newsroom.ingest.format.WireDates;
import org.newsroom.ingest.format.WireDocument;
import org.newsroom.ingest.format.WireFormatException;
import org.newsroom.ingest.format.WireItem;
import org.newsroom.ingest.format.WireParser;
import org.newsroom.ingest.format.XmlArticles;
import org.newsroom.ingest.format.nitf.NitfParser;
import org.newsroom.ingest.format.xml.HtmlFragment;
import org.newsroom.ingest.format.xml.WireXml;
import org.newsroom.ingest.format.xml.XmlEncoding;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeType;
import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Element;

/**
 * Reads NewsML-G2 2.x (https://iptc.org/std/NewsML-G2/guidelines/) news items, under any namespace prefix:
 * {@code @guid} → uri, {@code @version}, {@code itemMeta/versionCreated}, {@code firstCreated}, {@code embargoed},
 * {@code pubStatus@qcode} ({@code stat:usable | stat:withheld | stat:canceled}), {@code contentMeta/urgency},
 * {@code language@tag} (else the item's {@code xml:lang}), {@code headline}, {@code by} (else {@code creator/name}),
 * {@code located/name} (else {@code dateline}), {@code subject} and {@code genre} QCodes or URIs (medtop:, subj:,
 * any other scheme kept as sent, plus {@code sameAs} medtop:/subj: codes), and the body from
 * {@code contentSet/inlineXML} as XHTML or embedded NITF. {@code signal}s are reported as warnings.
 * A {@code newsMessage} yields one item per child of {@code itemSet}; a bad item does not stop the others.
 */
@Component
public class NewsMlG2Parser implements WireParser {

    /** The NewsML-G2 namespace (NAR 2006-10-01). */
    public static final String NAMESPACE = "http://iptc.org/std/nar/2006-10-01/";

    /** Root elements this parser recognises: the news item, the message, and the item kinds it refuses. */
    public static final Set<String> ROOTS = Set.of("newsItem", "newsMessage", "packageItem", "conceptItem",
            "knowledgeItem", "catalogItem", "planningItem", "groupItem");

    private static final Set<String> NON_TEXT_CLASSES = Set.of("picture", "graphic", "video", "audio", "animation");

    @Override
    public String format() {
        return "newsml-g2";
    }

    @Override
    public List<MimeType> mediaTypes() {
        return List.of(MimeType.valueOf("application/vnd.iptc.g2.newsitem+xml"),
                MimeType.valueOf("application/vnd.iptc.g2.newsmessage+xml"));
    }

    @Override
    public boolean readsRoot(QName root) {
        return ROOTS.contains(root.getLocalPart())
                && (root.getNamespaceURI().equals(NAMESPACE) || root.getNamespaceURI().isEmpty());
    }

    @Override
    public List<Article> parse(byte[] content, WireContext context) {
        return read(content, context).articlesOrThrow();
    }

    @Override
    public WireDocument read(byte[] content, WireContext context) {
        var document = WireXml.parse(content, context.transportCharset());
        Element root = document.dom().getDocumentElement();
        String rootName = localName(root);
        if (rootName.equals("newsMessage")) {
            List<Element> items = children(child(root, "itemSet"));
            if (items.isEmpty()) {
                throw new WireFormatException("/newsMessage/itemSet", "a newsMessage must carry at least one item");
            }
            List<WireItem> result = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                result.add(item(i, items.get(i), document.encoding(), context));
            }
            return WireDocument.container(result);
        }
        if (!ROOTS.contains(rootName)) {
            throw new WireFormatException("/" + rootName, "not a NewsML-G2 document: root element " + rootName);
        }
        WireItem item = item(0, root, document.encoding(), context);
        if (item instanceof WireItem.Rejected rejected) {
            throw rejected.error();
        }
        return WireDocument.single(item);
    }

    private WireItem item(int index, Element item, XmlEncoding.Decoded encoding, WireContext context) {
        String guid = attribute(item, "guid");
        try {
            String kind = localName(item);
            if (!kind.equals("newsItem")) {
                throw new WireFormatException(xpath(item), "a " + kind
                        + " is not a news item: only newsItem carries a story to publish");
            }
            String itemClass = attribute(path(item, "itemMeta", "itemClass"), "qcode");
            if (itemClass != null && NON_TEXT_CLASSES.contains(itemClass.substring(itemClass.indexOf(':') + 1))) {
                throw new WireFormatException(xpath(item) + "/itemMeta/itemClass/@qcode",
                        "itemClass " + itemClass + " is not a text story");
            }
            if (encoding.hasMalformedInput()) {
                XmlArticles.requireCleanText(item.getTextContent(), xpath(item), encoding.charset().name());
            }
            List<String> warnings = new ArrayList<>();
            return new WireItem.Parsed(index, article(item, guid, context, warnings), warnings);
        } catch (WireFormatException e) {
            return new WireItem.Rejected(index, guid, e);
        }
    }

    private Article article(Element item, String guid, WireContext context, List<String> warnings) {
        String at = xpath(item);
        if (guid == null) {
            throw new WireFormatException(at + "/@guid", "required item id guid is missing or blank");
        }
        Element itemMeta = child(item, "itemMeta");
        Element contentMeta = child(item, "contentMeta");
        Instant versioncreated = WireDates.parse(text(child(itemMeta, "versionCreated")), at + "/itemMeta/versionCreated");
        if (versioncreated == null) {
            versioncreated = context.receivedAt();
        }
        PubStatus pubstatus = pubstatus(attribute(child(itemMeta, "pubStatus"), "qcode"), at);
        for (Element signal : children(itemMeta, "signal")) {
            String qcode = attribute(signal, "qcode");
            if (qcode != null) {
                warnings.add("signal " + qcode);
            }
        }
        String bodyHtml = bodyHtml(child(item, "contentSet"));
        String headline = firstText(children(contentMeta, "headline"));
        if (headline == null && pubstatus != PubStatus.CANCELED) {
            headline = Headlines.fromBody(bodyHtml);
            if (headline != null) {
                warnings.add(0, Headlines.DERIVED_WARNING);
            }
        }
        return XmlArticles.build(Article.builder()
                .uri(context.articleUri(guid))
                .version(XmlArticles.version(attribute(item, "version"), versioncreated.toEpochMilli(), at + "/@version"))
                .versioncreated(versioncreated)
                .firstcreated(WireDates.parse(text(child(itemMeta, "firstCreated")), at + "/itemMeta/firstCreated"))
                .pubstatus(pubstatus)
                .embargoed(WireDates.parse(text(child(itemMeta, "embargoed")), at + "/itemMeta/embargoed"))
                .urgency(urgency(child(contentMeta, "urgency"), at))
                .language(language(item, contentMeta))
                .headline(headline)
                .byline(byline(contentMeta))
                .located(located(contentMeta))
                .bodyHtml(bodyHtml)
                .subject(concepts(children(contentMeta, "subject"), true))
                .genre(concepts(children(contentMeta, "genre"), false))
                .source(context.agencyId())
                .format(format()), at);
    }

    private static PubStatus pubstatus(String qcode, String at) {
        if (qcode == null) {
            return PubStatus.USABLE;
        }
        String code = qcode.substring(Math.max(qcode.lastIndexOf(':'), qcode.lastIndexOf('/')) + 1);
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "usable" -> PubStatus.USABLE;
            case "withheld" -> PubStatus.WITHHELD;
            case "canceled", "cancelled" -> PubStatus.CANCELED;
            default -> throw new WireFormatException(at + "/itemMeta/pubStatus/@qcode",
                    "pubStatus must be stat:usable, stat:withheld or stat:canceled, got \"" + qcode + "\"");
        };
    }

    private static Integer urgency(Element urgency, String at) {
        String value = text(urgency);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new WireFormatException(at + "/contentMeta/urgency", "urgency must be an integer 1..9, got \"" + value + "\"");
        }
    }

    private static String language(Element item, Element contentMeta) {
        String tag = attribute(child(contentMeta, "language"), "tag");
        return tag != null ? tag : attribute(item, "lang");
    }

    private static String byline(Element contentMeta) {
        String by = firstText(children(contentMeta, "by"));
        if (by != null) {
            return by;
        }
        Element creator = child(contentMeta, "creator");
        String name = text(child(creator, "name"));
        return name != null ? name : attribute(creator, "literal");
    }

    private static String located(Element contentMeta) {
        Element located = child(contentMeta, "located");
        String name = text(child(located, "name"));
        if (name == null) {
            name = attribute(located, "literal");
        }
        return name != null ? name : text(child(contentMeta, "dateline"));
    }

    private static List<Concept> concepts(List<Element> elements, boolean withSameAs) {
        List<Concept> result = new ArrayList<>();
        for (Element element : elements) {
            String id = attribute(element, "qcode");
            Concept concept = IptcConcepts.of(id != null ? id : attribute(element, "uri"), text(child(element, "name")));
            addOnce(result, concept);
            if (withSameAs) {
                for (Element sameAs : children(element, "sameAs")) {
                    Concept same = IptcConcepts.of(attribute(sameAs, "qcode"), text(child(sameAs, "name")));
                    if (same != null && ("medtop".equals(same.scheme()) || "subj".equals(same.scheme()))) {
                        addOnce(result, same);
                    }
                }
            }
        }
        return result;
    }

    private static void addOnce(List<Concept> concepts, Concept concept) {
        if (concept != null && concepts.stream().noneMatch(concept::sameTerm)) {
            concepts.add(concept);
        }
    }

    private static String bodyHtml(Element contentSet) {
        for (Element inline : children(contentSet, "inlineXML")) {
            for (Element content : children(inline)) {
                String name = localName(content);
                if (name.equals("nitf")) {
                    return NitfParser.bodyHtml(content);
                }
                if (name.equals("html")) {
                    return HtmlFragment.innerHtml(child(content, "body"));
                }
            }
            String html = HtmlFragment.innerHtml(inline);
            if (html != null) {
                return html;
            }
        }
        for (Element inline : children(contentSet, "inlineData")) {
            String plain = inline.getTextContent();
            if (plain != null && !plain.isBlank()) {
                return "<p>" + HtmlUtils.htmlEscape(plain.strip(), "UTF-8")
                        .replaceAll("\\R\\s*\\R", "</p><p>") + "</p>";
            }
        }
        return null;
    }

    private static String firstText(List<Element> elements) {
        for (Element element : elements) {
            String text = text(element);
            if (text != null) {
                return text;
            }
        }
        return null;
    }
}
