// Package textfile reads the text files staff edit — data/*.csv,
// data/indicators.toml, config.toml, content/**/*.md, the theme's strings
// and the programme's text in seeds/ — and gives back UTF-8, or a problem
// that says where the text stops being UTF-8, which encoding the file seems
// to be in, and how to save it again as UTF-8.
//
// What staff's tools write, and what becomes of it:
//
//	UTF-8, with or without a byte-order mark      read; the mark is removed
//	UTF-16 with a byte-order mark                 decoded (Excel's "Unicode Text",
//	                                              Notepad's "Unicode")
//	UTF-16 without a byte-order mark              refused: NUL bytes between the letters
//	Windows-1258 (Vietnamese Windows "ANSI")      refused, naming Windows-1258 and
//	                                              showing the line as it would read in it
//	any other bytes that are not UTF-8            refused at the first such byte
//	a file over MaxSize                           refused without reading it whole
//
// Only a byte-order mark makes the encoding certain, so only then is the text
// decoded. Guessing otherwise would trade an error staff can fix in a minute
// for figures that are silently wrong: "năm" saved from Excel on Vietnamese
// Windows is the bytes n, 0xE3, m, which Windows-1252 reads as "nãm".
package textfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"unicode"
	"unicode/utf8"

	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/vi"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// MaxSize is the largest file Read accepts. The largest real input, an
// indicator broken down by commune, sex and year, is a few hundred
// kilobytes; ten megabytes leaves room for much more while keeping a build
// within a few hundred megabytes of memory.
const MaxSize = 10 << 20

var bom = []byte("\uFEFF")

// Read reads file from fsys as UTF-8 text. A missing file gives an error
// for which errors.Is(err, fs.ErrNotExist) holds, so callers can say what
// the file is for; every other failure is a diag.Problem.
func Read(fsys fs.FS, file string) ([]byte, error) {
	f, err := fsys.Open(file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	if err != nil {
		return nil, diag.Problem{File: file, Msg: "không mở được tệp: " + err.Error()}
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > MaxSize {
		return nil, tooLarge(file, st.Size())
	}
	// The limit holds even where Stat cannot tell the size.
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, diag.Problem{File: file, Msg: "không đọc được tệp: " + err.Error()}
	}
	if len(data) > MaxSize {
		return nil, tooLarge(file, int64(len(data)))
	}
	return Decode(file, data)
}

func tooLarge(file string, size int64) error {
	return diag.Problem{File: file, Msg: fmt.Sprintf(
		"tệp lớn %s MB, quá giới hạn %d MB cho một tệp; hãy kiểm tra xem có lưu nhầm cả bảng tính hay không, hoặc chia nội dung thành nhiều tệp",
		vi.Number(float64(size)/(1<<20), 1), MaxSize>>20)}
}

// Decode returns data as UTF-8 without a byte-order mark, decoding UTF-16
// when a byte-order mark says it is UTF-16. Text that is not UTF-8 is a
// problem at the line and column of its first bad byte.
func Decode(file string, data []byte) ([]byte, error) {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		// The BOM tells the byte order; the decoder reads and drops it.
		dec := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return nil, diag.Problem{File: file, Line: 1, Col: 1, Msg: "tệp UTF-16 bị hỏng: " + err.Error() + "; " + advice(file)}
		}
		data = out
	}
	for bytes.HasPrefix(data, bom) { // a mark, or a mark saved twice
		data = data[len(bom):]
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, nulProblem(file, data, i)
	}
	if utf8.Valid(data) {
		return data, nil
	}
	i := firstInvalid(data)
	line, col := position(data, i)
	return nil, diag.Problem{File: file, Line: line, Col: col, Msg: "tệp không phải UTF-8: " + guess(data, i) + "; " + advice(file)}
}

// nulProblem explains a NUL byte. Text never holds one; UTF-16 without a
// byte-order mark holds one beside every ASCII letter.
func nulProblem(file string, data []byte, i int) error {
	line, col := position(data, i)
	nul := bytes.Count(data, []byte{0})
	if nul*4 < len(data) {
		return diag.Problem{File: file, Line: line, Col: col, Msg: "tệp có byte NUL (mã 0), không phải tệp văn bản; hãy mở tệp bằng Notepad rồi lưu lại dạng văn bản UTF-8"}
	}
	order := "little-endian"
	if i%2 == 0 {
		order = "big-endian"
	}
	return diag.Problem{File: file, Line: 1, Col: 1, Msg: "tệp có vẻ được lưu bằng bảng mã UTF-16 (" + order + ", không có dấu BOM), mỗi chữ cái đi kèm một byte NUL; " + advice(file)}
}

// firstInvalid returns the offset of the first byte that does not begin a
// valid UTF-8 sequence.
func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// position turns a byte offset into a line and a column in characters, as
// editors count them; the bytes before offset are valid UTF-8.
func position(data []byte, offset int) (line, col int) {
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[start:]) + 1
}

// guess names the encoding the line holding offset is most likely in, and
// shows the line as read in it when that is Windows-1258.
func guess(data []byte, offset int) string {
	start := bytes.LastIndexByte(data[:offset], '\n') + 1
	end := bytes.IndexByte(data[offset:], '\n')
	if end < 0 {
		end = len(data) - offset
	}
	line := bytes.TrimRight(data[start:offset+end], "\r")
	decoded, err := charmap.Windows1258.NewDecoder().Bytes(line)
	if err == nil && vietnamese(line, decoded) {
		return fmt.Sprintf("có vẻ tệp được lưu bằng bảng mã Windows-1258 (bảng mã tiếng Việt cũ của Windows); đọc theo bảng mã đó, dòng này là “%s”", excerpt(norm.NFC.String(string(decoded))))
	}
	return "byte 0x" + fmt.Sprintf("%02X", data[offset]) + " không thuộc bảng mã UTF-8; tệp có lẽ được lưu bằng một bảng mã cũ (TCVN3, VNI hoặc Windows-1252)"
}

// vietnamese reports whether most bytes above ASCII in raw read, in
// Windows-1258, as Vietnamese letters or tone marks.
func vietnamese(raw, decoded []byte) bool {
	high := 0
	for _, b := range raw {
		if b >= utf8.RuneSelf {
			high++
		}
	}
	letters := 0
	for _, r := range string(decoded) {
		if r < utf8.RuneSelf {
			continue
		}
		if unicode.Is(unicode.Mn, r) || isVietnameseLetter(r) {
			letters++
		}
	}
	return high > 0 && 2*letters >= high
}

// isVietnameseLetter reports whether r is one of the letters Windows-1258
// holds for Vietnamese: ă â đ ê ô ơ ư, in either case, and the vowels with
// their own code points (à á è é ì í ò ó ù ú ý and upper case).
func isVietnameseLetter(r rune) bool {
	switch unicode.ToLower(r) {
	case 'ă', 'â', 'đ', 'ê', 'ô', 'ơ', 'ư', 'à', 'á', 'è', 'é', 'ì', 'í', 'ò', 'ó', 'ù', 'ú', 'ý':
		return true
	}
	return false
}

func excerpt(s string) string {
	r := []rune(s)
	if len(r) > 60 {
		return string(r[:59]) + "…"
	}
	return s
}

// advice says how to save the file as UTF-8 with the tool staff likely
// used for it.
func advice(file string) string {
	if path.Ext(file) == ".csv" {
		return "hãy lưu lại tệp dạng UTF-8: trong Excel chọn Tệp › Lưu thành, kiểu tệp “CSV UTF-8 (Comma delimited) (*.csv)”; trong Notepad chọn Lưu thành, mục Mã hoá chọn “UTF-8”"
	}
	return "hãy lưu lại tệp dạng UTF-8: trong Notepad chọn Lưu thành, mục Mã hoá chọn “UTF-8”; trong VS Code bấm tên bảng mã ở thanh dưới cùng, chọn “Save with Encoding” rồi “UTF-8”"
}
