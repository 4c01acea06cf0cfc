package org.newsroom.ingest.format.feed;

import static org.newsroom.ingest.format.xml.XmlElements.child;
import static org.newsroom.ingest.format.xml.XmlElements.children;
import static org.newsroom.ingest.format.xml.XmlElements.localName;
import static org.newsroom.ingest.format.xml.XmlElements.text;
import static org.newsroom.ingest.format.xml.XmlElements.xpath;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import javax.xml.namespace.QName;
import org.jsoup.Jsoup;
import org.newsroom.events.Article;
import org.newsroom.events.Concept;
import org.newsroom.ingest.format.Headlines;
import org.newsroom.ingest.format.WireContext;
import org.newsroom.ingest.format.WireDocument;
import org.newsroom.ingest.format.WireFormatException;
import org.newsroom.ingest.format.WireItem;
import org.newsroom.ingest.format.WireParser;
import org.newsroom.ingest.format.XmlArticles;
import org.newsroom.ingest.format.xml.WireXml;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeType;
import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Element;

/**
 * Reads RSS and Atom feeds with ROME. Per entry: uri {@code urn:newsroom:<agency ns>:<guid | atom:id | link>};
 * versioncreated from {@code atom:updated} / {@code pubDate} (else {@code dc:date}, else receipt time, with a warning);
 * version = versioncreated in epoch ms, so an unchanged item keeps its version and a changed one gets a newer one;
 * firstcreated from {@code atom:published} / {@code pubDate}; headline from the title (text, tags removed); body from
 * {@code content:encoded} / {@code atom:content}, else the description; byline from the author ({@code dc:creator});
 * language from the channel; categories → subjects under scheme {@code category} (or the category's domain).
 * An entry without id and link, without title and body, with a date that is not a date, or with bytes invalid in
 * the feed's encoding is rejected alone.
 */
@Component
public class FeedParser implements WireParser {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    @Override
    public String format() {
        return "feed";
    }

    @Override
    public List<MimeType> mediaTypes() {
        return List.of(MimeType.valueOf("application/rss+xml"), MimeType.valueOf("application/atom+xml"));
    }

    @Override
    public boolean readsRoot(QName root) {
        return (root.getLocalPart().equals("rss") && root.getNamespaceURI().isEmpty())
                || (root.getLocalPart().equals("feed") && root.getNamespaceURI().equals(ATOM))
                || (root.getLocalPart().equals("RDF") && root.getNamespaceURI().equals(RDF));
    }

    @Override
    public List<Article> parse(byte[] content, WireContext context) {
        return read(content, context).articlesOrThrow();
    }

    @Override
    public WireDocument read(byte[] content, WireContext context) {
        var document = WireXml.parse(content, context.transportCharset());
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(document.dom());
        } catch (FeedException | IllegalArgumentException e) {
            throw new WireFormatException("/" + localName(document.dom().getDocumentElement()),
                    "not an RSS or Atom feed: " + e.getMessage());
        }
        String format = feed.getFeedType() != null && feed.getFeedType().startsWith("atom") ? "atom" : "rss";
        List<Element> itemElements = itemElements(document.dom().getDocumentElement());
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            throw new WireFormatException(xpathOfItems(document.dom().getDocumentElement()), "the feed holds no items");
        }
        List<WireItem> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Element element = i < itemElements.size() ? itemElements.get(i) : null;
            String at = element != null ? xpath(element) : "/item[" + (i + 1) + "]";
            SyndEntry entry = entries.get(i);
            String id = firstNonBlank(entry.getUri(), entry.getLink());
            try {
                if (document.encoding().hasMalformedInput() && element != null) {
                    XmlArticles.requireCleanText(element.getTextContent(), at, document.encoding().charset().name());
                }
                List<String> warnings = new ArrayList<>();
                items.add(new WireItem.Parsed(i, article(entry, element, id, at, feed, format, context, warnings), warnings));
            } catch (WireFormatException e) {
                items.add(new WireItem.Rejected(i, id, e));
            }
        }
        return WireDocument.container(items);
    }

    private static Article article(SyndEntry entry, Element element, String id, String at, SyndFeed feed, String format,
            WireContext context, List<String> warnings) {
        if (id == null) {
            throw new WireFormatException(at, "item has neither guid/id nor link to identify it");
        }
        Instant published = date(entry.getPublishedDate(), element, at, "pubDate", "published", "date", "issued");
        Instant updated = date(entry.getUpdatedDate(), element, at, "updated", "modified");
        Instant versioncreated = updated != null ? updated : published;
        if (versioncreated == null) {
            versioncreated = context.receivedAt();
            warnings.add("item has no date: versioncreated and version are the receipt time");
        }
        String bodyHtml = body(entry);
        String headline = plain(entry.getTitle());
        if (headline == null) {
            headline = Headlines.fromBody(bodyHtml);
            if (headline == null) {
                throw new WireFormatException(at + "/title", "item has neither title nor body");
            }
            warnings.add(Headlines.DERIVED_WARNING);
        }
        return XmlArticles.build(Article.builder()
                .uri(context.namespacedUri(id))
                .version(versioncreated.toEpochMilli())
                .versioncreated(versioncreated)
                .firstcreated(published)
                .language(firstNonBlank(feed.getLanguage()))
                .headline(headline)
                .byline(plain(entry.getAuthor()))
                .bodyHtml(bodyHtml)
                .subject(categories(entry.getCategories()))
                .source(context.agencyId())
                .format(format), at);
    }

    /**
     * ROME's date, else the item's own element read by {@link FeedDates}; a date neither can read refuses the item
     * rather than dating it "now".
     */
    private static Instant date(Date fromRome, Element element, String at, String... elementNames) {
        if (fromRome != null) {
            return fromRome.toInstant();
        }
        for (String name : elementNames) {
            String raw = text(child(element, name));
            if (raw != null) {
                Instant parsed = FeedDates.parse(raw);
                if (parsed == null) {
                    throw new WireFormatException(at + "/" + name, "not a date: \"" + raw + "\"");
                }
                return parsed;
            }
        }
        return null;
    }

    private static String body(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            String html = html(content);
            if (html != null) {
                return html;
            }
        }
        return html(entry.getDescription());
    }

    private static String html(SyndContent content) {
        if (content == null || content.getValue() == null || content.getValue().isBlank()) {
            return null;
        }
        String type = content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
        String value = content.getValue().strip();
        return type.equals("text") || type.equals("text/plain") ? "<p>" + HtmlUtils.htmlEscape(value, "UTF-8") + "</p>" : value;
    }

    private static List<Concept> categories(List<SyndCategory> categories) {
        List<Concept> result = new ArrayList<>();
        for (SyndCategory category : categories) {
            String name = plain(category.getName());
            if (name != null) {
                String scheme = category.getTaxonomyUri() == null || category.getTaxonomyUri().isBlank()
                        ? "category" : category.getTaxonomyUri().strip();
                Concept concept = new Concept(scheme, name, name);
                if (result.stream().noneMatch(concept::sameTerm)) {
                    result.add(concept);
                }
            }
        }
        return result;
    }

    private static List<Element> itemElements(Element root) {
        return switch (localName(root)) {
            case "rss" -> children(child(root, "channel"), "item");
            case "RDF" -> children(root, "item");
            default -> children(root, "entry");
        };
    }

    private static String xpathOfItems(Element root) {
        return switch (localName(root)) {
            case "rss" -> "/rss/channel/item";
            case "RDF" -> "/RDF/item";
            default -> "/feed/entry";
        };
    }

    private static String plain(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.indexOf('<') >= 0 || text.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(text).text() : text;
        plain = plain.replaceAll("\\s+", " ").strip();
        return plain.isEmpty() ? null : plain;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
