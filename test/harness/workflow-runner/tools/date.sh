#!/bin/sh
# The runner image's `date`, on the scenario's clock: SPECPIPE_TEST_CLOCK is "<virtual ms>:<real ms>"
# taken at one moment (see clock.ts). Without a date of its own (-d, -r, -s, --date…) it prints
# the scenario's "now"; with one it is the real date, untouched.
for arg in "$@"; do
  case "$arg" in
    -d*|--date*|-r*|--reference*|-s*|--set*|-f*|--file*) exec /bin/date "$@" ;;
  esac
done
if [ -z "$SPECPIPE_TEST_CLOCK" ]; then exec /bin/date "$@"; fi
virtual=${SPECPIPE_TEST_CLOCK%%:*}
real=${SPECPIPE_TEST_CLOCK##*:}
now=$(/bin/date +%s%3N)
exec /bin/date -d "@$(( (now + virtual - real) / 1000 ))" "$@"
