package config

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/minhbach/minhbach/generator/diag"
)

const good = `title = "T"
base_url = "https://example.vn"
programme = "seeds/p.txt"
report_date = 2026-06-30
`

func TestParse(t *testing.T) {
	c, err := Parse([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Languages) != 1 || c.Languages[0] != "vi" {
		t.Errorf("default editions %q, want Vietnamese alone", c.Languages)
	}
	if c.Zone.String() != "Asia/Ho_Chi_Minh" {
		t.Errorf("default zone %s", c.Zone)
	}
	if c.BaseURL != "https://example.vn/" || c.Years.Target != 2030 || c.Progress.OnTrack != 0.95 || c.Report().Day() != 30 || c.Theme != "default" {
		t.Errorf("config = %+v", c)
	}
}

// TestTitleOfAnEditionThatIsOff: a title waits for its edition with a
// warning at its line, so an edition is turned off by editing languages.
func TestTitleOfAnEditionThatIsOff(t *testing.T) {
	c, err := Parse([]byte(good + "[titles]\nen = \"T\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Warnings) != 1 || c.Warnings[0].Line != 6 || c.Warnings[0].Severity != diag.Warning || !strings.Contains(c.Warnings[0].Msg, `[titles] có tên trang cho ngôn ngữ "en"`) {
		t.Errorf("warnings %v, want one at line 6 about [titles] en", c.Warnings)
	}
	c, _ = Parse([]byte(good + "languages = [\"vi\", \"en\"]\n[titles]\nen = \"T\"\n"))
	if len(c.Warnings) != 0 {
		t.Errorf("an edition that is on: warnings %v", c.Warnings)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"unknown key with line", good + "tilte = \"x\"\n", `config.toml:5:1: khoá "tilte"`},
		{"unknown table key", good + "[years]\nbse = 2024\n", `config.toml:6:1: khoá "years.bse"`},
		{"missing title", strings.Replace(good, `title = "T"`, "", 1), `thiếu khoá "title"`},
		{"relative base url", strings.Replace(good, "https://example.vn", "example.vn", 1), "không phải là địa chỉ đầy đủ"},
		{"years out of order", good + "[years]\ntarget = 2050\n", "phải tăng dần"},
		{"thresholds out of order", good + "[progress]\non_track = 0.4\n", "limited < accelerate < on_track"},
		{"theme with a path", good + "theme = \"../x\"\n", "phải là tên một thư mục"},
		{"no report date", strings.Replace(good, "report_date = 2026-06-30", "", 1), "thiếu report_date"},
		{"syntax", "title = \"T\n", "config.toml:1:"},
		{"language without a theme for it", good + "language = \"en\"\n", `language "en" chưa được hỗ trợ`},
		{"editions not starting with Vietnamese", good + "languages = [\"en\", \"vi\"]\n", `config.toml:5:1: languages phải bắt đầu bằng "vi"`},
		{"edition not a code", good + "languages = [\"vi\", \"English\"]\n", `ngôn ngữ "English" trong languages không phải mã hai chữ`},
		{"edition twice", good + "languages = [\"vi\", \"en\", \"en\"]\n", `ngôn ngữ "en" ghi hai lần`},
		{"unknown time zone at its line", good + "time_zone = \"Asia/Hanoi\"\n", `config.toml:5:1: time_zone "Asia/Hanoi" không phải là tên múi giờ`},
		{"the machine's zone", good + "time_zone = \"Local\"\n", `config.toml:5:1: time_zone "Local"`},
		{"empty time zone", good + "time_zone = \"\"\n", `config.toml:5:1: time_zone ""`},
		{"unknown base rule", good + "[progress]\nbase_rule = \"first\"\n", "base_rule"},
		{"unknown encoding at its line", good + "[output]\nminify = true\nprecompress = [\"gzip\", \"zstd\"]\n", `config.toml:7:1: precompress trong [output] không có kiểu nén "zstd"; hãy ghi "gzip", "brotli"`},
		{"encoding twice", good + "[output]\nprecompress = [\"br\", \"brotli\", \"brotli\"]\n", `config.toml:6:1: precompress trong [output] ghi "brotli" hai lần`},
		{"encodings not a list", good + "[output]\nprecompress = \"gzip\"\n", "config.toml:6:"},
		{"minify not a boolean", good + "[output]\nminify = \"yes\"\n", "config.toml:6:"},
		{"unknown output key", good + "[output]\ngzip = true\n", `config.toml:6:1: khoá "output.gzip"`},
		{"unknown data licence at its line", good + "[data]\nlicense = \"CC-BY\"\n", `config.toml:6:1: giấy phép dữ liệu "CC-BY" không có trong danh sách; hãy ghi một mã SPDX: CC-BY-4.0,`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.src))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

// TestOutput: [output] is off unless set, and reads both settings.
func TestOutput(t *testing.T) {
	c, err := Parse([]byte(good))
	if err != nil || c.Output.Minify || len(c.Output.Precompress) != 0 {
		t.Fatalf("default [output] = %+v, %v; want all off", c.Output, err)
	}
	c, err = Parse([]byte(good + "[output]\nminify = true\nprecompress = [\"gzip\", \"brotli\"]\n"))
	if err != nil || !c.Output.Minify || fmt.Sprint(c.Output.Precompress) != "[gzip brotli]" {
		t.Errorf("[output] = %+v, %v", c.Output, err)
	}
}

// TestBaseRule reads the site's default base rule; an indicator may set
// its own (see package indicator).
func TestBaseRule(t *testing.T) {
	c, err := Parse([]byte(good))
	if err != nil || c.Progress.BaseRule != Nearest {
		t.Fatalf("default base rule = %q, %v; want nearest", c.Progress.BaseRule, err)
	}
	c, err = Parse([]byte(good + "[progress]\nbase_rule = \"first_after\"\non_track = 0.95\naccelerate = 0.6\nlimited = 0\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Progress.BaseRule != FirstAfter || c.Progress.Accelerate != 0.6 || c.Progress.Limited != 0 {
		t.Errorf("progress = %+v, want the peer's settings", c.Progress)
	}
}

func TestDataLicense(t *testing.T) {
	c, err := Parse([]byte(good + "[data]\nlicense = \"CC0-1.0\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if l, ok := c.DataLicense(); !ok || l.URL != "https://creativecommons.org/publicdomain/zero/1.0/" {
		t.Errorf("DataLicense() = %v, %v", l, ok)
	}
	c, _ = Parse([]byte(good))
	if l, ok := c.DataLicense(); ok {
		t.Errorf("without data.license: %v", l)
	}
}

func TestBasePath(t *testing.T) {
	for _, tc := range []struct{ base, want string }{
		{"https://minhbach.example.vn/", "/"},
		{"https://minhbach.example.vn", "/"},
		{"https://org.github.io/minhbach/", "/minhbach/"},
		{"https://org.github.io/minhbach", "/minhbach/"},
		{"https://example.gov.vn/so/ke-hoach/", "/so/ke-hoach/"},
	} {
		if got := (Config{BaseURL: tc.base}).BasePath(); got != tc.want {
			t.Errorf("BasePath(%q) = %q, want %q", tc.base, got, tc.want)
		}
	}
}

func TestTimeZone(t *testing.T) {
	c, err := Parse([]byte(good + "time_zone = \"Pacific/Kiritimati\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, off := time.Date(2026, 7, 1, 0, 0, 0, 0, c.Zone).Zone(); off != 14*3600 {
		t.Errorf("Pacific/Kiritimati is UTC%+d h, want +14", off/3600)
	}
}

// A config.toml saved as Windows-1258 is refused at its first bad byte
// rather than read as "Thá»­".
func TestLoadNotUTF8(t *testing.T) {
	src := strings.Replace(good, `"T"`, "\"Th\xfd\xd2\"", 1) // "Thử": ư, then the hook above as a combining mark
	_, err := Load(fstest.MapFS{File: {Data: []byte(src)}})
	if want := "config.toml:1:12: tệp không phải UTF-8: có vẻ tệp được lưu bằng bảng mã Windows-1258"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error = %v\nwant it to start %q", err, want)
	}
}
