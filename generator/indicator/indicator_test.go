package indicator

import (
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	xunicode "golang.org/x/text/encoding/unicode"
)

const oneIndicator = `[[target]]
number = 8
name = "Y tế"

[[indicator]]
code = "8.6"
target = 8
name = "Số bác sĩ trên 10.000 dân"
quote = "19 bác sĩ"
kind = "quantitative"
unit = "bác sĩ"
per = 10000
direction = "higher"
comparator = ">="
value = 19
`

func TestParseDefinitions(t *testing.T) {
	targets, defs, err := ParseDefinitions([]byte(oneIndicator))
	if err != nil {
		t.Fatal(err)
	}
	if len(targets) != 1 || targets[0].Name != "Y tế" {
		t.Errorf("targets = %+v", targets)
	}
	d := defs[0]
	if d.Line != 5 || d.LineOf("quote") != 9 || d.Aggregation != "level" || d.Slug() != "8-6" {
		t.Errorf("definition = %+v", d)
	}
}

func TestParseDefinitionsErrors(t *testing.T) {
	for _, tt := range []struct{ name, src, want string }{
		{"unknown key", strings.Replace(oneIndicator, "value = 19", "value = 19\nvalu = 3", 1), `data/indicators.toml:16:1: khoá "indicator.valu"`},
		{"bad comparator", strings.Replace(oneIndicator, `">="`, `"≥"`, 1), `comparator "≥" không hợp lệ`},
		{"code and target disagree", strings.Replace(oneIndicator, "target = 8", "target = 7", 1), `mã "8.6" phải có dạng`},
		{"path in code", strings.Replace(oneIndicator, `code = "8.6"`, `code = "8.6/../x"`, 1), `phải có dạng`},
		{"missing quote", strings.Replace(oneIndicator, `quote = "19 bác sĩ"`, "", 1), "thiếu quote"},
		{"bad direction", strings.Replace(oneIndicator, `"higher"`, `"up"`, 1), "direction phải là"},
		{"duplicate code", oneIndicator + strings.SplitN(oneIndicator, "\n\n", 2)[1], "đã dùng ở dòng 5"},
		{"range without bounds", strings.Replace(oneIndicator, `">="`, `"range"`, 1), "min < max"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := ParseDefinitions([]byte(tt.src))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

func TestLoadFilesAgainstDefinitions(t *testing.T) {
	fsys := fstest.MapFS{
		"data/indicators.toml": {Data: []byte(oneIndicator)},
		"data/8.7.csv":         {Data: []byte("year,value\n")},
	}
	_, err := Load(fsys)
	if err == nil {
		t.Fatal("want errors")
	}
	for _, want := range []string{"data/8.6.csv: chỉ số 8.6 chưa có tệp số liệu", `data/8.7.csv: không có chỉ số "8.7"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
}

// Excel's "Unicode Text" is UTF-16 with a byte-order mark, cells split by
// tabs and, on Vietnamese Windows, a decimal comma. It used to fail with
// "thiếu cột year", the header read as one cell of NUL-separated letters.
func TestLoadUnicodeText(t *testing.T) {
	text := "năm\tgiá trị\tnguồn\r\n2022\t8,38\tNiên giám\r\n2024\t9,3\tminh họa\r\n"
	utf16, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	c, err := Load(fstest.MapFS{
		"data/indicators.toml": {Data: []byte(oneIndicator)},
		"data/8.6.csv":         {Data: utf16},
	})
	if err != nil {
		t.Fatal(err)
	}
	obs := c.Indicators[0].Series.Obs
	if len(obs) != 2 || obs[0].Value != 8.38 || obs[1].Value != 9.3 || obs[0].Source != "Niên giám" || !obs[1].Illustrative() {
		t.Errorf("observations = %+v", obs)
	}
}

func TestCompareCodes(t *testing.T) {
	if CompareCodes("8.2", "8.10") >= 0 || CompareCodes("10.1", "2.1") <= 0 || CompareCodes("8.1", "8.1") != 0 {
		t.Error("codes are not ordered numerically")
	}
}

func TestTargetText(t *testing.T) {
	f := func(v float64) string { return strings.Replace(fmtF(v), ".", ",", 1) }
	tests := []struct {
		d    Definition
		want string
	}{
		{Definition{Comparator: ">", Value: 95, Unit: "%"}, "trên 95%"},
		{Definition{Comparator: "<", Value: 3, Unit: "%"}, "dưới 3%"},
		{Definition{Comparator: "range", Min: 35, Max: 40, Unit: "%"}, "35 - 40%"},
		{Definition{Comparator: "~", Value: 75, Unit: "tuổi"}, "khoảng 75 tuổi"},
		{Definition{Comparator: ">=", Value: 19, Unit: "bác sĩ"}, "tối thiểu 19 bác sĩ"},
	}
	for _, tt := range tests {
		if got := tt.d.TargetText(f); got != tt.want {
			t.Errorf("TargetText(%+v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func fmtF(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
