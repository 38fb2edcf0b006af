#!/usr/bin/env bash
# Sourced by .ci/run and ./ocf-cloud: exports JAVA_HOME pointing at a JDK 21 or newer.
# Honours an existing JAVA_HOME when it is new enough; otherwise takes the newest JDK
# found in the standard /usr/lib/jvm folder.

java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

select_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
        return 0
    fi
    local best="" best_major=0 candidate major
    for candidate in /usr/lib/jvm/*; do
        [ -x "$candidate/bin/javac" ] || continue
        major=$(java_major "$candidate")
        [ -n "$major" ] || continue
        if [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major=$major; fi
    done
    if [ "$best_major" -lt 21 ]; then
        echo "No JDK 21 or newer found: set JAVA_HOME to one (see README.md)." >&2
        return 1
    fi
    export JAVA_HOME="$best"
}

select_jdk || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
# JDK 23+ warns about sun.misc.Unsafe inside Maven itself; the flag is unknown before 23.
if [ "$(java_major "$JAVA_HOME")" -ge 23 ]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
