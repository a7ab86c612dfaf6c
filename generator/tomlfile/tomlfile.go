// Package tomlfile decodes TOML strictly, for config.toml, indicators.toml
// and front matter.
//
// Staff misspell keys ("tilte = …"); a lenient decoder would drop such a key
// without a word and the page would silently lack its title. Decode reports
// every key that the destination struct does not have, with its line, as
// well as syntax and type errors, all as diag problems in Vietnamese with
// line and column (see explain.go).
package tomlfile

import (
	"bytes"
	"strings"

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
		line := keyLine(string(data), key)
		l.Add(file, line+firstLine-1, 1, "khoá %q không được hỗ trợ; hãy kiểm tra chính tả hoặc xoá dòng này", key.String())
	}
	return l.Err()
}

// keyLine finds the line that defines key: the last segment assigned under a
// table header whose path is the rest. BurntSushi/toml keeps key positions
// private, so this scans the text; it returns 1 when it cannot tell.
func keyLine(src string, key toml.Key) int {
	if len(key) == 0 {
		return 1
	}
	table := strings.Join(key[:len(key)-1], ".")
	last := key[len(key)-1]
	current := ""
	for i, raw := range strings.Split(src, "\n") {
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
