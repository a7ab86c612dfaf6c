// Package tomlfile decodes TOML strictly, for config.toml, indicators.toml
// and front matter.
//
// Staff misspell keys ("tilte = …"); a lenient decoder would drop such a key
// without a word and the page would silently lack its title. Decode reports
// every key that the destination struct does not have, with its line, as
// well as syntax and type errors, all as diag problems in Vietnamese with
// line and column (see explain.go).
//
// TOML lets a date or time be written without an offset (date = 2026-07-01).
// The decoder gives such values the offset of the machine it runs on, so the
// same file would mean another instant on another machine; a field of type
// Time reads them in the site's time zone instead.
package tomlfile

import (
	"bytes"
	"errors"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/minhbach/minhbach/generator/diag"
)

// Decode decodes data from file into v. firstLine is the file line of the
// first line of data (1 for a whole file; more for front matter inside a
// markdown file), so positions point into the file staff edit.
func Decode(file string, data []byte, firstLine int, v any) error {
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(v)
	var l diag.List
	if err != nil {
		line, col, msg := explain(string(data), err)
		l.Add(file, line+firstLine-1, col, "%s", msg)
		return l.Err()
	}
	for _, key := range md.Undecoded() {
		line := KeyLine(data, key...)
		l.Add(file, line+firstLine-1, 1, "khoá %q không được hỗ trợ; hãy kiểm tra chính tả hoặc xoá dòng này", key.String())
	}
	return l.Err()
}

// KeyLine finds the line of data that defines key, given as its path
// ("years", "base"): the last segment assigned under a table header whose
// path is the rest. BurntSushi/toml keeps key positions private, so this
// scans the text; it returns 1 when it cannot tell.
func KeyLine(data []byte, key ...string) int {
	if len(key) == 0 {
		return 1
	}
	table := strings.Join(key[:len(key)-1], ".")
	last := key[len(key)-1]
	current := ""
	for i, raw := range strings.Split(string(data), "\n") {
		line := strings.TrimSpace(raw)
		if strings.HasPrefix(line, "[") {
			name := strings.Trim(line, "[] \t")
			if j := strings.IndexByte(name, '#'); j >= 0 {
				name = strings.TrimRight(name[:j], "] \t")
			}
			current = name
			if current == strings.Join(key, ".") {
				return i + 1
			}
			continue
		}
		if current != table {
			continue
		}
		if eq := strings.IndexByte(line, '='); eq > 0 {
			k := strings.Trim(strings.TrimSpace(line[:eq]), `"'`)
			if k == last {
				return i + 1
			}
		}
	}
	return 1
}

// The zones BurntSushi/toml gives values written without an offset; each has
// the machine's offset at start-up.
var localZones = map[string]bool{"datetime-local": true, "date-local": true, "time-local": true}

// Time is a TOML date or date-time that remembers whether it was written
// with an offset. Decoded into a time.Time, 2026-07-01 becomes midnight at
// the machine's offset and that fact is lost (the decoder passes it through
// time.Time's UnmarshalText), so a build on another machine would read
// another instant. Decode into a Time, then take In(site zone).
type Time struct {
	t     time.Time
	local bool
}

// UnmarshalTOML receives the decoder's value before any conversion.
func (t *Time) UnmarshalTOML(v any) error {
	tt, ok := v.(time.Time)
	if !ok {
		return errors.New("cần một ngày viết không có dấu ngoặc kép, ví dụ 2026-07-01")
	}
	t.t, t.local = tt, localZones[tt.Location().String()]
	return nil
}

// In returns the time in zone. A value written without an offset keeps its
// wall clock (2026-07-01 is 1 July, midnight, in zone); one written with an
// offset is the same instant, shown in zone. A missing value stays zero.
func (t Time) In(zone *time.Location) time.Time {
	if t.t.IsZero() {
		return time.Time{}
	}
	if t.local {
		y, mo, d := t.t.Date()
		h, mi, s := t.t.Clock()
		return time.Date(y, mo, d, h, mi, s, t.t.Nanosecond(), zone)
	}
	return t.t.In(zone)
}
