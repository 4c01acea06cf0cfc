package org.newsroom.ingest.format.xml;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Namespace-agnostic DOM navigation by local name, as wire files put the same elements in the default namespace, under
 * a prefix ({@code ns0:newsItem}) or in no namespace at all.
 */
public final class XmlElements {

    private XmlElements() {
    }

    /** The local name of an element, whatever its prefix. */
    public static String localName(Element element) {
        String local = element.getLocalName();
        return local != null ? local : element.getTagName().substring(element.getTagName().indexOf(':') + 1);
    }

    /** The first child element named {@code localName}, or null. */
    public static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName(element).equals(localName)) {
                return element;
            }
        }
        return null;
    }

    /** The element at a path of local names below {@code parent}, or null. */
    public static Element path(Element parent, String... localNames) {
        Element current = parent;
        for (String name : localNames) {
            current = child(current, name);
        }
        return current;
    }

    /** Every child element named {@code localName}, in document order; never null. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        if (parent != null) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && localName(element).equals(localName)) {
                    result.add(element);
                }
            }
        }
        return result;
    }

    /** Every child element, in document order; never null. */
    public static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }

    /** The first descendant element named {@code localName} in document order, or null. */
    public static Element descendant(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Element child : children(parent)) {
            if (localName(child).equals(localName)) {
                return child;
            }
            Element found = descendant(child, localName);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The element's text with runs of white space collapsed to one space; null when the element is null or blank. */
    public static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    /** An attribute by local name (any namespace), stripped; null when absent or blank. */
    public static String attribute(Element element, String localName) {
        if (element == null) {
            return null;
        }
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getNodeName();
            if (name.equals(localName)) {
                String value = attribute.getNodeValue().strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /**
     * An XPath naming the element by local names with positions where siblings share a name, e.g.
     * {@code /newsMessage/itemSet/newsItem[2]/contentMeta}; for error messages.
     */
    public static String xpath(Element element) {
        StringBuilder path = new StringBuilder();
        for (Node node = element; node instanceof Element current; node = node.getParentNode()) {
            String name = localName(current);
            int position = 0;
            int same = 0;
            if (current.getParentNode() instanceof Element parent) {
                for (Element sibling : children(parent, name)) {
                    same++;
                    if (sibling == current) {
                        position = same;
                    }
                }
            }
            path.insert(0, same > 1 ? "/" + name + "[" + position + "]" : "/" + name);
        }
        return path.toString();
    }
}
