package org.waymark.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.HashMap;
import java.util.Map;

/**
 * The end of a {@link LoadStore} file: the index (each content file's key, and where its record
 * is), then the trailer: the index's offset (8 bytes), its CRC-32C and the magic number.
 */
final class StoreIndex {
    /** A content file's key ({@link LoadStore#digest}) and its record: where, how long, its CRC-32C. */
    record Entry(byte[] digest, long offset, int length, int crc) {}

    private StoreIndex() {}

    /** The index, when the trailer, the header and the index's checksum agree; else none. */
    static Map<String, Entry> read(FileChannel channel, String header) throws IOException {
        long size = channel.size();
        StoreBytes.In tail = new StoreBytes.In(LoadStore.read(channel, size - LoadStore.TRAILER, LoadStore.TRAILER));
        long at = (long) tail.i32() << 32 | (tail.i32() & 0xffffffffL);
        int indexCrc = tail.i32();
        if (tail.i32() != LoadStore.MAGIC || at < 0 || at > size - LoadStore.TRAILER
                || size - LoadStore.TRAILER - at > Integer.MAX_VALUE) {
            return Map.of();
        }
        StoreBytes.In head = new StoreBytes.In(LoadStore.read(channel, 0, (int) Math.min(at, 64 * 1024)));
        if (head.i32() != LoadStore.MAGIC || !header.equals(head.string())) return Map.of();
        byte[] indexBytes = LoadStore.read(channel, at, (int) (size - LoadStore.TRAILER - at));
        if (LoadStore.crc(indexBytes) != indexCrc) return Map.of();
        StoreBytes.In index = new StoreBytes.In(indexBytes);
        int count = index.i32();
        if (count < 0 || count > indexBytes.length / 20) return Map.of();  // an entry takes more than 20 bytes
        Map<String, Entry> entries = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            String relative = index.string();
            byte[] digest = index.bytes();
            long offset = (long) index.i32() << 32 | (index.i32() & 0xffffffffL);
            Entry e = new Entry(digest, offset, index.i32(), index.i32());
            if (e.offset() < 0 || e.length() < 0 || e.offset() + e.length() > at) return Map.of();
            entries.put(relative, e);
        }
        return entries;
    }

    static byte[] encode(Map<String, Entry> all) {
        StoreBytes.Out index = new StoreBytes.Out();
        index.i32(all.size());
        all.forEach((relative, e) -> {
            index.string(relative);
            index.bytes(e.digest());
            index.i32((int) (e.offset() >>> 32));
            index.i32((int) e.offset());
            index.i32(e.length());
            index.i32(e.crc());
        });
        return index.toBytes();
    }

    /** The trailer after {@code index}, written at {@code at}. */
    static ByteBuffer trailer(long at, byte[] index) {
        return ByteBuffer.allocate(LoadStore.TRAILER).putLong(at).putInt(LoadStore.crc(index)).putInt(LoadStore.MAGIC).flip();
    }
}
