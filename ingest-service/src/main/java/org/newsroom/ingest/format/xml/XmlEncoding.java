package org.newsroom.ingest.format.xml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsroom.ingest.format.WireFormatException;

/**
 * Decides the character encoding of an XML document and decodes it exactly once. Order (XML 1.0 Appendix F, with the
 * transport charset after the document's own word, since agencies' servers mislabel more often than their files):
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16BE, UTF-16LE);</li>
 *   <li>the XML declaration's {@code encoding}; non-IANA labels such as {@code utf8} are accepted, and the
 *       {@code ISO-8859-1}, {@code latin1} and {@code US-ASCII} labels decode as windows-1252, as the WHATWG Encoding
 *       Standard does (agencies label windows-1252 text so);</li>
 *   <li>the transport charset (HTTP Content-Type {@code charset});</li>
 *   <li>UTF-8 when the bytes are valid UTF-8, else windows-1252 (a heuristic, reported as such).</li>
 * </ol>
 * Bytes invalid in the chosen encoding become U+FFFD and are counted, so that a parser can reject only the item
 * holding them.
 */
public final class XmlEncoding {

    private static final Pattern DECLARATION =
            Pattern.compile("^<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int DECLARATION_BYTES = 512;

    /** How the encoding was decided. */
    public enum Source {
        /** A byte order mark. */
        BOM,
        /** The {@code encoding} of the XML declaration. */
        XML_DECLARATION,
        /** The transport's (HTTP) charset. */
        TRANSPORT,
        /** No label anywhere; the bytes are valid UTF-8. */
        DEFAULT_UTF8,
        /** No label anywhere and the bytes are not UTF-8: decoded as windows-1252. */
        HEURISTIC
    }

    /**
     * A decoded document.
     *
     * @param text           the characters, without the BOM
     * @param charset        the encoding used
     * @param source         how it was decided
     * @param malformedBytes how many byte sequences were invalid in {@code charset} (each became U+FFFD); 0 when clean
     * @param firstMalformed byte offset of the first invalid sequence, -1 when clean
     */
    public record Decoded(String text, Charset charset, Source source, int malformedBytes, long firstMalformed) {

        /** True when some bytes were invalid and replaced by U+FFFD. */
        public boolean hasMalformedInput() {
            return malformedBytes > 0;
        }
    }

    private XmlEncoding() {
    }

    /**
     * Decodes an XML document.
     *
     * @param content          the raw bytes; not modified
     * @param transportCharset the HTTP charset, or null
     * @throws WireFormatException when the XML declaration names an encoding this JVM does not know
     */
    public static Decoded decode(byte[] content, Charset transportCharset) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return decode(content, 3, StandardCharsets.UTF_8, Source.BOM);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return decode(content, 2, StandardCharsets.UTF_16BE, Source.BOM);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return decode(content, 2, StandardCharsets.UTF_16LE, Source.BOM);
        }
        if (startsWith(content, 0x3C, 0x00, 0x3F, 0x00)) {
            return decode(content, 0, StandardCharsets.UTF_16LE, Source.XML_DECLARATION);
        }
        if (startsWith(content, 0x00, 0x3C, 0x00, 0x3F)) {
            return decode(content, 0, StandardCharsets.UTF_16BE, Source.XML_DECLARATION);
        }
        String head = new String(content, 0, Math.min(content.length, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
        var declared = DECLARATION.matcher(head);
        if (declared.find()) {
            return decode(content, 0, charsetForLabel(declared.group(1)), Source.XML_DECLARATION);
        }
        if (transportCharset != null) {
            return decode(content, 0, webCharset(transportCharset), Source.TRANSPORT);
        }
        Decoded utf8 = decode(content, 0, StandardCharsets.UTF_8, Source.DEFAULT_UTF8);
        return utf8.hasMalformedInput() ? decode(content, 0, WINDOWS_1252, Source.HEURISTIC) : utf8;
    }

    /**
     * The charset for an encoding label as agencies write it ({@code utf8}, {@code UTF-8}, {@code iso-8859-1},
     * {@code windows-1256}, …).
     *
     * @throws WireFormatException when the label names no encoding this JVM has
     */
    public static Charset charsetForLabel(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (name.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return webCharset(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new WireFormatException("/?xml/@encoding", "unknown character encoding \"" + label + "\"");
        }
    }

    private static Charset webCharset(Charset charset) {
        return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
                ? WINDOWS_1252 : charset;
    }

    private static Decoded decode(byte[] content, int offset, Charset charset, Source source) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, offset, content.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((content.length - offset) * (double) decoder.maxCharsPerByte()) + 16);
        int malformed = 0;
        long first = -1;
        while (true) {
            CoderResult result = in.hasRemaining() ? decoder.decode(in, out, true) : CoderResult.UNDERFLOW;
            if (result.isError()) {
                if (first < 0) {
                    first = in.position();
                }
                malformed++;
                in.position(in.position() + result.length());
                out = ensure(out, 1);
                out.put('\uFFFD');
                continue;
            }
            if (result.isOverflow()) {
                out = ensure(out, out.capacity());
                continue;
            }
            break;
        }
        out = ensure(out, 16);
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new Decoded(text, charset, source, malformed, first);
    }

    private static CharBuffer ensure(CharBuffer buffer, int more) {
        if (buffer.remaining() >= more) {
            return buffer;
        }
        CharBuffer bigger = CharBuffer.allocate(buffer.capacity() + Math.max(more, buffer.capacity()));
        buffer.flip();
        bigger.put(buffer);
        return bigger;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
