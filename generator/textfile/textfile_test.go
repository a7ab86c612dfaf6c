package textfile

import (
	"bytes"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/minhbach/minhbach/generator/diag"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

func encode(t testing.TB, enc interface{ Bytes([]byte) ([]byte, error) }, s string) []byte {
	t.Helper()
	b, err := enc.Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// win1258 writes s as Excel does on Vietnamese Windows: letters that have a
// code point of their own in Windows-1258, followed by a combining tone mark
// where the letter with its tone has none.
func win1258(t testing.TB, s string) []byte {
	t.Helper()
	enc := charmap.Windows1258.NewEncoder()
	var out []byte
	for _, r := range norm.NFC.String(s) {
		if b, err := enc.Bytes([]byte(string(r))); err == nil {
			out = append(out, b...)
			continue
		}
		d := []rune(norm.NFD.String(string(r)))
		base, tone := norm.NFC.String(string(d[:len(d)-1])), string(d[len(d)-1])
		out = append(out, encode(t, enc, base+tone)...)
	}
	return out
}

const sample = "năm,giá trị,nguồn\n2023,95,Niên giám thống kê\n"

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		file string
		data []byte
		want string // the text, or a substring of the error
		err  bool
	}{
		{"utf-8", "a.csv", []byte(sample), sample, false},
		{"utf-8 with bom", "a.csv", append([]byte("\uFEFF"), sample...), sample, false},
		{"utf-16le with bom", "a.csv", encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder(), sample), sample, false},
		{"utf-16be with bom", "a.md", encode(t, xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM).NewEncoder(), sample), sample, false},
		{"windows-1258", "a.csv", win1258(t, sample), `a.csv:1:2: tệp không phải UTF-8: có vẻ tệp được lưu bằng bảng mã Windows-1258 (bảng mã tiếng Việt cũ của Windows); đọc theo bảng mã đó, dòng này là “năm,giá trị,nguồn”; hãy lưu lại tệp dạng UTF-8: trong Excel chọn Tệp › Lưu thành, kiểu tệp “CSV UTF-8 (Comma delimited) (*.csv)”`, true},
		{"windows-1258 on a later line", "a.md", append([]byte("tiêu đề\n"), win1258(t, "Đây là năm")...), `a.md:2:1: tệp không phải UTF-8: có vẻ tệp được lưu bằng bảng mã Windows-1258`, true},
		{"windows-1258 advice for markdown", "a.md", win1258(t, "năm"), "trong Notepad chọn Lưu thành, mục Mã hoá chọn “UTF-8”", true},
		{"utf-16le without bom", "a.csv", encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM).NewEncoder(), sample), "a.csv:1:1: tệp có vẻ được lưu bằng bảng mã UTF-16 (little-endian, không có dấu BOM)", true},
		{"utf-16be without bom", "a.csv", encode(t, xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM).NewEncoder(), sample), "UTF-16 (big-endian, không có dấu BOM)", true},
		{"one nul", "a.toml", []byte("title = 'a'\nx = \x00\n"), "a.toml:2:5: tệp có byte NUL", true},
		{"other legacy bytes", "a.txt", []byte("ab\x81\x8d\x8f\x90"), "a.txt:1:3: tệp không phải UTF-8: byte 0x81 không thuộc bảng mã UTF-8", true},
		{"truncated utf-8", "a.txt", []byte("Vi\xe1\xbb"), "a.txt:1:3:", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.file, tt.data)
			switch {
			case tt.err && err == nil:
				t.Fatalf("no error; text %q", got)
			case tt.err && !strings.Contains(err.Error(), tt.want):
				t.Fatalf("error\n%s\ndoes not contain\n%s", err, tt.want)
			case !tt.err && err != nil:
				t.Fatal(err)
			case !tt.err && string(got) != tt.want:
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRead(t *testing.T) {
	fsys := fstest.MapFS{
		"ok.toml":  {Data: []byte("\uFEFFtitle = 'a'\n")},
		"big.csv":  {Data: bytes.Repeat([]byte("2024,1\n"), MaxSize/7+1)},
		"bad.toml": {Data: []byte{'a', 0xE3}},
	}
	if got, err := Read(fsys, "ok.toml"); err != nil || string(got) != "title = 'a'\n" {
		t.Errorf("ok.toml: %q, %v", got, err)
	}
	if _, err := Read(fsys, "missing.csv"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v, want fs.ErrNotExist", err)
	}
	_, err := Read(fsys, "big.csv")
	if want := "big.csv: tệp lớn 10,0 MB, quá giới hạn 10 MB cho một tệp"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("big file: %v, want %q", err, want)
	}
	var p diag.Problem
	if _, err := Read(fsys, "bad.toml"); !errors.As(err, &p) || p.Line != 1 || p.Col != 2 {
		t.Errorf("bad.toml: %v, want a problem at 1:2", err)
	}
}

// FuzzDecode checks that Decode either returns valid UTF-8 with no mark
// and no NUL, or a problem with a position inside the file.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(sample))
	f.Add([]byte("\xff\xfea\x00"))
	f.Add([]byte("\xfe\xff\x00a\xd8\x00"))
	f.Add([]byte("n\xe3m"))
	f.Add([]byte("a\x00b\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := Decode("f.csv", data)
		if err != nil {
			var p diag.Problem
			if !errors.As(err, &p) || p.File != "f.csv" || p.Line < 1 || p.Col < 1 || p.Line > bytes.Count(data, []byte("\n"))+1 {
				t.Fatalf("error %#v is not a problem at a place in the file", err)
			}
			return
		}
		if !utf8.Valid(got) || bytes.HasPrefix(got, []byte("\uFEFF")) || bytes.IndexByte(got, 0) >= 0 {
			t.Fatalf("Decode(%q) = %q", data, got)
		}
	})
}
