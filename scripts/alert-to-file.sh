#!/bin/sh
# alert-to-file.sh FILE - an alert_command sink: append the alert JSON on stdin to FILE.
set -eu
{ cat; echo; } >> "$1"
