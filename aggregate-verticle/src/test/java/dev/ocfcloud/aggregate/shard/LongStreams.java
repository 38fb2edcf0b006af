package dev.ocfcloud.aggregate.shard;

import java.util.List;
import java.util.stream.LongStream;

final class LongStreams {
    private LongStreams() {}

    static List<Long> oneTo(long last) {
        return LongStream.rangeClosed(1, last).boxed().toList();
    }
}
