package dev.flowguard.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zips byte by byte, so tests can build what {@code ZipOutputStream} refuses to: duplicate names,
 * {@code ../} and absolute names, the encryption flag, sizes that lie, deflate streams of gigabytes.
 */
public final class RawZip {

    private static final int STORED = 0;
    private static final int DEFLATED = 8;

    private record Entry(String name, int flags, int method, long crc, byte[] data, long declaredSize) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** An honest deflated entry. */
    public RawZip add(String name, byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        entries.add(new Entry(name, 0x800, DEFLATED, crc.getValue(), deflate(content), content.length));
        return this;
    }

    public RawZip add(String name, String content) {
        return add(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Every entry of a (well-formed) zip, as {@code SolutionBuilder} writes it. */
    public RawZip addAll(Path zip) throws IOException {
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            for (var entry : java.util.Collections.list(file.entries())) {
                add(entry.getName(), file.getInputStream(entry).readAllBytes());
            }
        }
        return this;
    }

    /** An entry whose deflated data is given as is, claiming {@code declaredSize} bytes when inflated. */
    public RawZip addDeflated(String name, byte[] deflated, long declaredSize) {
        entries.add(new Entry(name, 0x800, DEFLATED, 0, deflated, declaredSize));
        return this;
    }

    /** A stored entry with general purpose flag bit 0 set: "encrypted" (the bytes are not really). */
    public RawZip addEncrypted(String name, byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        entries.add(new Entry(name, 0x801, STORED, crc.getValue(), content, content.length));
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>();
        for (Entry entry : entries) {
            offsets.add((long) out.size());
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            int32(out, 0x04034b50);
            int16(out, 20);
            int16(out, entry.flags());
            int16(out, entry.method());
            int16(out, 0);
            int16(out, 0x21);
            int32(out, entry.crc());
            int32(out, entry.data().length);
            int32(out, entry.declaredSize());
            int16(out, name.length);
            int16(out, 0);
            out.writeBytes(name);
            out.writeBytes(entry.data());
        }
        long centralStart = out.size();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            int32(out, 0x02014b50);
            int16(out, 20);
            int16(out, 20);
            int16(out, entry.flags());
            int16(out, entry.method());
            int16(out, 0);
            int16(out, 0x21);
            int32(out, entry.crc());
            int32(out, entry.data().length);
            int32(out, entry.declaredSize());
            int16(out, name.length);
            int16(out, 0);
            int16(out, 0);
            int16(out, 0);
            int16(out, 0);
            int32(out, 0);
            int32(out, offsets.get(i));
            out.writeBytes(name);
        }
        long centralSize = out.size() - centralStart;
        int32(out, 0x06054b50);
        int16(out, 0);
        int16(out, 0);
        int16(out, entries.size());
        int16(out, entries.size());
        int32(out, centralSize);
        int32(out, centralStart);
        int16(out, 0);
        return out.toByteArray();
    }

    public Path write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, bytes());
    }

    /**
     * A raw deflate stream that inflates to {@code mebibytes} MiB of zeros but is about a thousandth of
     * that: one fully flushed block of 1 MiB of zeros, repeated, then an empty final block.
     */
    public static byte[] zeros(int mebibytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[1024 * 1024]);
        byte[] buffer = new byte[64 * 1024];
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            block.write(buffer, 0, n);
        } while (n == buffer.length);
        deflater.end();
        byte[] oneMebibyte = block.toByteArray();
        ByteArrayOutputStream stream = new ByteArrayOutputStream(oneMebibyte.length * mebibytes + 2);
        for (int i = 0; i < mebibytes; i++) {
            stream.writeBytes(oneMebibyte);
        }
        stream.writeBytes(new byte[] {0x03, 0x00}); // final block, fixed Huffman, end of block
        return stream.toByteArray();
    }

    private static byte[] deflate(byte[] content) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static void int16(ByteArrayOutputStream out, int value) {
        out.write(value & 0xFF);
        out.write((value >>> 8) & 0xFF);
    }

    private static void int32(ByteArrayOutputStream out, long value) {
        int16(out, (int) (value & 0xFFFF));
        int16(out, (int) ((value >>> 16) & 0xFFFF));
    }
}
