package theme

import (
	"io/fs"
	"sort"
	"strings"

	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/tomlfile"
	"github.com/minhbach/minhbach/generator/vi"
)

// AbbreviationsFile holds, beside a theme's interface strings, the
// abbreviations its search box understands, one a line:
//
//	bhyt = "bảo hiểm y tế"
//	bhxh = "bảo hiểm xã hội"
//
// The key is what people type (folded: lower case, no tone marks); the
// value is the words it stands for, which the site's text must contain for
// the abbreviation to find anything. Only abbreviations with one meaning
// belong here: the search index gives every item whose text contains the
// words the abbreviation as one more word. The file is optional; it is
// data, not code, so a province adds its own (a theme that extends this one
// overrides the file as a whole).
const AbbreviationsFile = "i18n/vi-abbreviations.toml"

// Abbreviation is one entry of AbbreviationsFile.
type Abbreviation struct {
	Short string // "bhyt"
	Long  string // "bảo hiểm y tế"
}

func (th *Theme) loadAbbreviations(fsys fs.FS, file string) error {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil // optional
	}
	var m map[string]string
	if err := tomlfile.Decode(file, data, 1, &m); err != nil {
		return err
	}
	var l diag.List
	for short, long := range m {
		line := tomlfile.KeyLine(data, short)
		switch {
		case vi.Slug(short) != short || strings.Contains(short, "-"):
			l.Add(file, line, 1, "chữ viết tắt %q phải viết liền, thường, không dấu (như người đọc gõ), ví dụ bhyt", short)
		case len(strings.Fields(vi.Fold(long))) < 2:
			l.Add(file, line, 1, "chữ viết tắt %q cần nghĩa đầy đủ gồm ít nhất hai chữ, ví dụ bhyt = \"bảo hiểm y tế\"", short)
		default:
			th.Abbreviations = append(th.Abbreviations, Abbreviation{Short: short, Long: vi.Normalize(long)})
		}
	}
	sort.Slice(th.Abbreviations, func(i, j int) bool { return th.Abbreviations[i].Short < th.Abbreviations[j].Short })
	return l.Err()
}
