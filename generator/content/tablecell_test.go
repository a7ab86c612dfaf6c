package content

import (
	"bytes"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

var tableCases = []string{
	"| Năm | Giá trị | Ghi chú | Nguồn |\n| :--- | ---: | :---: | --- |\n| 2024 | 68,2 | *ước* | Cục Thống kê |\n| 2025 | | `x` | [link](https://a.vn) |\n",
	"| a |\n| - |\n",
	"| a | b |\n| --: | :- |\n| \\| | **đậm** |\n| 1 |\n",
	"không phải bảng | a\n",
	"| a | b |\n|---|---|\n| 1 | 2 | 3 |\n\n> | q |\n> |:-:|\n> | r |\n",
}

// TestTableCellsSameAsExtension: tables render to the bytes of goldmark's
// own table extension, in every alignment, in header and body, empty,
// ragged and quoted.
func TestTableCellsSameAsExtension(t *testing.T) {
	for _, src := range tableCases {
		if want, got := renderTables(t, src, false), renderTables(t, src, true); !bytes.Equal(got, want) {
			t.Errorf("%q:\ngot  %s\nwant %s", src, got, want)
		}
	}
}

func FuzzTableCells(f *testing.F) {
	for _, src := range tableCases {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if want, got := renderTables(t, src, false), renderTables(t, src, true); !bytes.Equal(got, want) {
			t.Errorf("%q:\ngot  %s\nwant %s", src, got, want)
		}
	})
}

func renderTables(t testing.TB, src string, fast bool) []byte {
	exts := []goldmark.Extender{extension.Table}
	if fast {
		exts = append(exts, fastTableCells{})
	}
	var b bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(exts...)).Convert([]byte(src), &b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
