package tomlfile

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

type meta struct {
	Title  string    `toml:"title"`
	Date   time.Time `toml:"date"`
	Weight int       `toml:"weight"`
	Draft  bool      `toml:"draft"`
	Tags   []string  `toml:"tags"`
	Per    float64   `toml:"per"`
	Years  struct {
		Base int `toml:"base"`
	} `toml:"years"`
}

// Each common mistake gets Vietnamese words, its line and the column of
// what is wrong, here at line 2 of a front matter that starts at line 2.
func TestExplain(t *testing.T) {
	for _, tt := range []struct{ name, src, want string }{
		{"day first date", "title = 'a'\ndate = 31/12/2025\n",
			"f.md:3:8: ngày 31/12/2025 phải viết theo thứ tự năm-tháng-ngày, không có dấu ngoặc kép: date = 2025-12-31"},
		{"day first date in quotes", "title = 'a'\ndate = \"5/1/2025\"\n",
			`f.md:3:8: ngày "5/1/2025" phải viết theo thứ tự năm-tháng-ngày, không có dấu ngoặc kép: date = 2025-01-05`},
		{"quoted date", "title = 'a'\ndate = \"2025-12-31\"\n",
			`f.md:3:8: ngày "2025-12-31" không đọc được; hãy viết năm-tháng-ngày với đủ hai chữ số cho tháng và ngày, không có dấu ngoặc kép, ví dụ date = 2025-01-05`},
		{"month 13", "title = 'a'\ndate = 2025-13-01\n",
			"f.md:3:8: ngày 2025-13-01 không đọc được"},
		{"short month", "title = 'a'\ndate = 2025-1-5\n",
			"f.md:3:8: ngày 2025-1-5 không đọc được"},
		{"unterminated string", "title = 'a'\nsummary = \"Tóm tắt\n",
			"f.md:3:11: chuỗi chưa được đóng: thiếu dấu ngoặc kép ở cuối; hãy viết summary = \"…\" trên một dòng"},
		{"unterminated multi-line string", "title = \"\"\"Tiêu đề\n",
			"f.md:2:9: chuỗi chưa được đóng"},
		{"missing equals", "title = 'a'\nsummary \"Tóm tắt\"\n",
			"f.md:3:9: thiếu dấu = giữa tên khoá và giá trị"},
		{"duplicate key", "title = 'a'\ntitle = 'b'\n",
			`f.md:3:1: khoá "title" đã được ghi ở trên; mỗi khoá chỉ ghi một lần trong một bảng`},
		{"text without quotes", "title = Sóc Trăng\n",
			`f.md:2:9: giá trị Sóc Trăng của khoá "title" không hợp lệ; chữ phải nằm trong dấu ngoặc kép (title = "Sóc Trăng")`},
		{"yes for a boolean", "title = 'a'\ndraft = có\n",
			`f.md:3:9: giá trị có của khoá "draft" không hợp lệ`},
		{"decimal comma", "title = 'a'\nper = 10,5\n",
			"f.md:3:7: số 10,5 dùng dấu phẩy thập phân; trong tệp TOML hãy viết dấu chấm: per = 10.5"},
		{"text for a number", "title = 'a'\nweight = \"một\"\n",
			`f.md:3:10: khoá "weight" cần một số nguyên (ví dụ 3), nhưng đang ghi chữ ("một")`},
		{"fraction for an integer", "weight = 1.5\n",
			`f.md:2:10: khoá "weight" cần một số nguyên (ví dụ 3), nhưng đang ghi một số thập phân (1.5)`},
		{"string for a list", "tags = \"tin\"\n",
			`f.md:2:8: khoá "tags" cần một danh sách trong ngoặc vuông, ví dụ ["a", "b"], nhưng đang ghi chữ ("tin")`},
		{"quoted boolean", "draft = \"true\"\n",
			`f.md:2:9: khoá "draft" cần true hoặc false, không có dấu ngoặc kép, nhưng đang ghi chữ ("true")`},
		{"number for text", "title = 5\n",
			`f.md:2:9: khoá "title" cần chữ trong dấu ngoặc kép, nhưng đang ghi một số nguyên (5)`},
		{"type error in a table", "title = 'a'\n[years]\nbase = \"2024\"\n",
			`f.md:4:8: khoá "years.base" cần một số nguyên (ví dụ 3), nhưng đang ghi chữ ("2024")`},
		{"list without commas", "tags = [\"a\" \"b\"]\n",
			"f.md:2:13: danh sách thiếu dấu phẩy giữa các phần tử"},
		{"table without bracket", "[years\nbase = 1\n",
			"f.md:2:7: tên bảng viết chưa đúng"},
		{"extra after value", "title = \"a\" b\n",
			"f.md:2:13: dòng này còn thừa chữ sau giá trị"},
		{"backslash", "title = \"C:\\tin\\x\"\n",
			"f.md:2:9: dấu \\ trong chuỗi có nghĩa đặc biệt"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var m meta
			err := Decode("f.md", []byte(tt.src), 2, &m)
			if err == nil || len(err.Error()) < len(tt.want) || err.Error()[:len(tt.want)] != tt.want {
				t.Errorf("error\n%v\nwant it to start\n%s", err, tt.want)
			}
		})
	}
}

// FuzzDecode checks that every error, whatever the input, is a problem at
// a line of the input, worded by this package rather than the library.
func FuzzDecode(f *testing.F) {
	f.Add("title = 'a'\ndate = 31/12/2025\n")
	f.Add("[years\nbase = 1\n")
	f.Add("tags = [\"a\" \"b\"]\nweight = \"một\"\n")
	f.Fuzz(func(t *testing.T, src string) {
		var m meta
		err := Decode("f.md", []byte(src), 3, &m)
		if err == nil {
			return
		}
		for _, line := range strings.Split(err.Error(), "\n") {
			var n, col int
			if _, e := fmt.Sscanf(line, "f.md:%d:%d:", &n, &col); e != nil || n < 3 || n > strings.Count(src, "\n")+3 || col < 0 {
				t.Fatalf("problem %q is not at a line of the input", line)
			}
			if strings.Contains(line, ": toml:") {
				t.Fatalf("problem %q passes on the library's words", line)
			}
		}
	})
}
