package tomlfile

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// BurntSushi/toml words its errors in English for programmers ("expected a
// top-level item to end with a newline, comment, or EOF, but got '/'
// instead" for date = 31/12/2025). explain reads what went wrong from the
// error and the line it points at, and says it again for staff: what is
// wrong, in Vietnamese, and the line as it should be written. Messages it
// does not know keep the library's words after a Vietnamese explanation.

var (
	// reTypeError is the decoder's type mismatch, which is a plain error
	// with the line in its text rather than a ParseError.
	reTypeError = regexp.MustCompile(`^toml: (?:line (\d+) )?\(last key "([^"]*)"\): (.*)$`)
	reTypes     = regexp.MustCompile(`^incompatible types: TOML value has type (\S+); destination has type (.+)$`)
	reDayFirst  = regexp.MustCompile(`^"?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"?$`)
	reCommaNum  = regexp.MustCompile(`^-?\d+,\d+$`)
	reQuoted    = regexp.MustCompile(`'([^']*)'|"([^"]*)"`)
)

// explain returns the line (within src), the column in characters and the
// Vietnamese message for err, an error of toml.Decode on src.
func explain(src string, err error) (line, col int, msg string) {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		line = max(pe.Position.Line, 1) // 0 when the input ends inside an escape
		text := lineOf(src, line)
		if strings.Contains(pe.Message, "table name") && !strings.HasPrefix(strings.TrimSpace(text), "[") && line > 1 {
			// The lexer has read the newline that ends the table's name.
			line--
			text = lineOf(src, line)
		}
		key, value, valueCol := assignment(text)
		msg, at := parseMessage(pe, key, value)
		switch {
		case at == atValue && valueCol > 0:
			col = valueCol
		case at == atKey:
			col = utf8.RuneCountInString(text) - utf8.RuneCountInString(strings.TrimLeft(text, " \t")) + 1
		default:
			col = runeCol(text, pe.Position.Col)
		}
		return line, col, msg
	}
	m := reTypeError.FindStringSubmatch(err.Error())
	if m == nil {
		return 1, 0, "không đọc được TOML (chi tiết: " + err.Error() + ")"
	}
	line, _ = strconv.Atoi(m[1])
	if line == 0 {
		line = 1
	}
	key := m[2]
	_, value, valueCol := assignment(lineOf(src, line))
	if t := reTypes.FindStringSubmatch(m[3]); t != nil {
		return line, valueCol, fmt.Sprintf("khoá %q cần %s, nhưng đang ghi %s (%s)", key, wanted(t[2]), got(t[1]), value)
	}
	return line, valueCol, fmt.Sprintf("giá trị của khoá %q không đúng kiểu; hãy xem lại cách viết ở các trang mẫu (chi tiết: %s)", key, m[3])
}

// Where in the line a message points: where the library stopped reading,
// or, when the message is about it, at the value or the key.
const (
	atLibrary = iota
	atValue
	atKey
)

// parseMessage words a syntax error on the assignment key = value, and
// says where in the line the column should point.
func parseMessage(pe toml.ParseError, key, value string) (string, int) {
	m := pe.Message
	switch {
	case reDayFirst.MatchString(value) && (strings.HasPrefix(m, "expected a top-level item") || strings.HasPrefix(m, "parsing time")):
		d := reDayFirst.FindStringSubmatch(value)
		day, _ := strconv.Atoi(d[1])
		month, _ := strconv.Atoi(d[2])
		return fmt.Sprintf("ngày %s phải viết theo thứ tự năm-tháng-ngày, không có dấu ngoặc kép: %s = %s-%02d-%02d", value, key, d[3], month, day), atValue
	case strings.HasPrefix(m, "parsing time"), strings.HasPrefix(m, "invalid datetime"):
		return fmt.Sprintf("ngày %s không đọc được; hãy viết năm-tháng-ngày với đủ hai chữ số cho tháng và ngày, không có dấu ngoặc kép, ví dụ %s = 2025-01-05", value, key), atValue
	case reCommaNum.MatchString(value):
		return fmt.Sprintf("số %s dùng dấu phẩy thập phân; trong tệp TOML hãy viết dấu chấm: %s = %s", value, key, strings.Replace(value, ",", ".", 1)), atValue
	case strings.HasPrefix(m, "expected value but found"):
		return fmt.Sprintf("giá trị %s của khoá %q không hợp lệ; chữ phải nằm trong dấu ngoặc kép (%s = \"%s\"), đúng/sai viết true hoặc false, ngày viết 2025-12-31", value, key, key, value), atValue
	case m == "strings cannot contain newlines", strings.HasPrefix(m, "unexpected EOF; expected '\""), strings.HasPrefix(m, `unexpected EOF; expected "'`):
		return fmt.Sprintf("chuỗi chưa được đóng: thiếu dấu ngoặc kép ở cuối; hãy viết %s = \"…\" trên một dòng, hoặc đặt đoạn nhiều dòng giữa hai dấu \"\"\"", key), atValue
	case strings.Contains(m, "is out of range"):
		return fmt.Sprintf("số %s quá lớn", value), atValue
	case strings.HasPrefix(m, "expected a top-level item"):
		return "dòng này còn thừa chữ sau giá trị; mỗi dòng chỉ ghi một khoá = giá trị, chữ đặt trong dấu ngoặc kép, ghi chú đặt sau dấu #", atLibrary
	case strings.HasPrefix(m, "expected '.' or '='"), strings.HasPrefix(m, "unexpected EOF; expected key separator"):
		return "thiếu dấu = giữa tên khoá và giá trị; hãy viết dạng title = \"…\"", atLibrary
	case strings.HasPrefix(m, "unexpected '=': key name appears blank"):
		return "thiếu tên khoá trước dấu =; hãy viết dạng title = \"…\"", atKey
	case strings.Contains(m, "has already been defined"), strings.Contains(m, "already been created"):
		return fmt.Sprintf("khoá %q đã được ghi ở trên; mỗi khoá chỉ ghi một lần trong một bảng, hãy xoá hoặc gộp một trong hai dòng", quoted(m)), atKey
	case strings.HasPrefix(m, "expected a comma (',') or array terminator"):
		return "danh sách thiếu dấu phẩy giữa các phần tử, hoặc thiếu dấu ] đóng; hãy viết dạng [\"a\", \"b\"]", atLibrary
	case strings.Contains(m, "to end table name"), strings.Contains(m, "table array name delimiter"), strings.Contains(m, "table names cannot be empty"):
		return "tên bảng viết chưa đúng; hãy viết [tên] hoặc [[tên]] trên một dòng riêng", atLibrary
	case strings.Contains(m, "invalid escape"), strings.Contains(m, "hexadecimal digits after"):
		return "dấu \\ trong chuỗi có nghĩa đặc biệt; hãy viết hai dấu \\\\, hoặc đặt chuỗi trong dấu nháy đơn '…'", atValue
	case strings.Contains(m, "newlines not allowed within inline tables"):
		return "bảng trong dấu ngoặc nhọn { } phải viết trên một dòng; hãy tách thành một bảng [tên] riêng", atLibrary
	}
	return "lỗi cú pháp TOML; hãy kiểm tra dấu ngoặc kép, dấu bằng và dấu ngoặc vuông ở dòng này (chi tiết: " + m + ")", atLibrary
}

// wanted names, for staff, what a destination type takes.
func wanted(t string) string {
	if w, ok := wants[t]; ok {
		return w
	}
	return "một giá trị kiểu khác"
}

var wants = map[string]string{
	"integer":                 "một số nguyên (ví dụ 3)",
	"float":                   "một số (ví dụ 98.5, dấu chấm thập phân)",
	"string":                  "chữ trong dấu ngoặc kép",
	"boolean":                 "true hoặc false, không có dấu ngoặc kép",
	"slice":                   "một danh sách trong ngoặc vuông, ví dụ [\"a\", \"b\"]",
	"map":                     "một bảng",
	"primitive (string-like)": "chữ trong dấu ngoặc kép",
}

// got names, for staff, the type of a value as written.
func got(t string) string {
	switch t {
	case "string":
		return "chữ"
	case "int64":
		return "một số nguyên"
	case "float64":
		return "một số thập phân"
	case "bool":
		return "true/false"
	case "time.Time":
		return "một ngày"
	case "[]any", "[]interface{}":
		return "một danh sách"
	}
	return "một bảng"
}

// lineOf returns line n (from 1) of src.
func lineOf(src string, n int) string {
	for i := 1; i < n; i++ {
		_, rest, ok := strings.Cut(src, "\n")
		if !ok {
			return ""
		}
		src = rest
	}
	line, _, _ := strings.Cut(src, "\n")
	return strings.TrimSuffix(line, "\r")
}

// assignment splits a line "key = value # comment" into its key, its value
// and the column (in characters, from 1) where the value starts; the value
// is "" when the line assigns nothing.
func assignment(line string) (key, value string, col int) {
	eq := strings.IndexByte(line, '=')
	if eq < 0 {
		return strings.TrimSpace(line), "", 0
	}
	key = strings.Trim(strings.TrimSpace(line[:eq]), `"'`)
	rest := line[eq+1:]
	start := eq + 1 + len(rest) - len(strings.TrimLeft(rest, " \t"))
	value = strings.TrimSpace(line[start:])
	if i := strings.Index(value, " #"); i >= 0 && !strings.ContainsAny(value[:i], `"'`) {
		value = strings.TrimSpace(value[:i])
	}
	return key, value, utf8.RuneCountInString(line[:start]) + 1
}

// runeCol turns a byte column of line into a column in characters, moved
// past any blanks to the character the library stopped at.
func runeCol(line string, byteCol int) int {
	i := min(max(byteCol-1, 0), len(line))
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	return utf8.RuneCountInString(line[:i]) + 1
}

// quoted returns the first quoted name in a library message.
func quoted(m string) string {
	q := reQuoted.FindStringSubmatch(m)
	if q == nil {
		return ""
	}
	return q[1] + q[2]
}
