package theme

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/tomlfile"
)

// ChartRuntime is the asset name of the ECharts bundle that draws the
// charts. It is built from the theme's chartjs/ folder by a maintainer
// command and committed with its record, ChartRuntime + RecordExt.
const ChartRuntime = "echarts.js"

// RecordExt ends the name of an asset's record: assets/echarts.js.toml
// records assets/echarts.js. Records are read and checked, not published.
const RecordExt = ".toml"

// Record is what assets/NAME.toml says about assets/NAME when that file is
// built elsewhere (third-party code, bundled by a maintainer command) and
// committed as built, the way go.dev commits its third-party JavaScript.
// The build only reads such a file; it refuses one whose bytes differ from
// the record, so a hand edit or a half-finished regeneration cannot ship.
type Record struct {
	// Package and Version name what the file is ("echarts", "6.1.0").
	Package string `toml:"package"`
	Version string `toml:"version"`
	// Bundler names the tool that built it ("esbuild v0.28.2").
	Bundler string `toml:"bundler"`
	Size    int    `toml:"size"`
	SHA256  string `toml:"sha256"`
	// Command rebuilds the file and this record.
	Command string `toml:"command"`
}

// NewRecord describes data, rebuilt by command.
func NewRecord(pkg, version, bundler, command string, data []byte) Record {
	sum := sha256.Sum256(data)
	return Record{Package: pkg, Version: version, Bundler: bundler, Size: len(data), SHA256: hex.EncodeToString(sum[:]), Command: command}
}

// Encode writes the record as its file, headed by a warning for people
// who open it.
func (r Record) Encode() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Written by `%s`; do not edit.\n", r.Command)
	b.WriteString("# The build refuses the file beside this one if its size or sha256 differ.\n")
	if err := toml.NewEncoder(&b).Encode(r); err != nil {
		panic(err) // a struct of strings and an int always encodes
	}
	return b.Bytes()
}

// checkRecords decodes the records found in the assets folder dir and
// holds every recorded asset to its record, reporting all that differ.
func (th *Theme) checkRecords(dir string, records map[string][]byte) error {
	names := make([]string, 0, len(records))
	for name := range records {
		names = append(names, name)
	}
	sort.Strings(names)
	var l diag.List
	for _, name := range names {
		file := path.Join(dir, name+RecordExt)
		var r Record
		if err := tomlfile.Decode(file, records[name], 1, &r); err != nil {
			l.Merge(file, err)
			continue
		}
		redo := "hãy chạy lại lệnh dựng tệp này"
		if r.Command != "" {
			redo = "hãy chạy lại " + r.Command
		}
		a, ok := th.Assets[name]
		switch {
		case r.SHA256 == "":
			l.Add(file, 1, 1, "bản ghi thiếu khoá sha256; %s để viết lại bản ghi", redo)
		case !ok:
			l.Add(file, 1, 1, "bản ghi nói về %s nhưng không có tệp đó trong assets/; %s, hoặc xoá bản ghi này", name, redo)
		default:
			sum := sha256.Sum256(a.Data)
			got := hex.EncodeToString(sum[:])
			if len(a.Data) != r.Size || got != strings.ToLower(r.SHA256) {
				l.Add(path.Join(dir, name), 0, 0, "tệp khác với bản ghi %s (%d byte, sha256 %s; bản ghi: %d byte, sha256 %s); tệp này được dựng tự động, đừng sửa tay: %s rồi commit cả hai tệp",
					name+RecordExt, len(a.Data), got, r.Size, r.SHA256, redo)
			}
			a.Record = &r
			th.Assets[name] = a
		}
	}
	return l.Err()
}
