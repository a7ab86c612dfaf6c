package theme

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/minhbach/minhbach/generator/diag"
)

// html/template and text/template put the place of an error at the front of
// its English text:
//
//	template: page.html:3: function "foo" not defined                   (parse: line only)
//	template: page.html:2:4: executing "main" at <.X>: can't evaluate…  (execution)
//	html/template:page.html:2:11: no such template "zz"                 (escaping)
//	html/template:base.html: ends in a non-text context: …              (no line)
//
// problem reads the template's file name, line and column from there, finds
// the column itself where a parse error gives none, and says the rest again
// in Vietnamese for whoever edits the theme.

var (
	reTemplateError = regexp.MustCompile(`^(?:html/template|template): ?([^:\s]+?)(?::(\d+))?(?::(\d+))?: (.*)$`)
	reExecuting     = regexp.MustCompile(`^executing "([^"]*)" at <(.*?)>: (.*)$`)
	reQuotedName    = regexp.MustCompile(`"([^"]+)"`)
)

// problem turns an error of parsing or executing the theme's templates into
// a problem at the template file, line and column it names. file is where to
// put it when the error names no template the theme has.
func (th *Theme) problem(err error, file string) diag.Problem {
	var p diag.Problem
	if errors.As(err, &p) {
		return p
	}
	text := err.Error()
	m := reTemplateError.FindStringSubmatch(text)
	if m == nil {
		return diag.Problem{File: file, Msg: "lỗi mẫu trang: " + translate(strings.TrimPrefix(text, "html/template: "))}
	}
	p = diag.Problem{File: file, Msg: "lỗi mẫu trang: " + translate(m[4])}
	src, known := th.sources[m[1]]
	// An HTML context left open is found where the template that holds it
	// is called, in base.html; the layout being rendered is where to look.
	if known && !strings.HasPrefix(m[4], "ends in a non-text context") {
		p.File = src.file
	}
	p.Line, _ = strconv.Atoi(m[2])
	if known && p.Line > 0 {
		if m[3] != "" {
			// The library counts bytes from 0; editors count characters from 1.
			offset, _ := strconv.Atoi(m[3])
			p.Col = charColumn(src.text, p.Line, offset)
		} else {
			p.Col = column(src.text, p.Line, m[4])
		}
	}
	return p
}

// translate says in Vietnamese what a template error says after its place.
func translate(msg string) string {
	if m := reExecuting.FindStringSubmatch(msg); m != nil {
		return "khi dựng " + strconv.Quote(m[1]) + " tại {{" + m[2] + "}}: " + executionMessage(m[3])
	}
	name := ""
	if q := reQuotedName.FindStringSubmatch(msg); q != nil {
		name = q[1]
	}
	switch {
	case strings.HasPrefix(msg, "function ") && strings.HasSuffix(msg, " not defined"):
		return "không có hàm " + strconv.Quote(name) + "; mẫu trang chỉ dùng được các hàm t, url, asset, label, cached và dict cùng các hàm có sẵn của html/template"
	case msg == "unexpected EOF":
		return "mẫu kết thúc khi còn khối chưa đóng; mỗi {{define}}, {{if}}, {{range}}, {{with}} cần một {{end}}"
	case strings.HasPrefix(msg, "unexpected {{end}}"):
		return "{{end}} thừa: không có khối nào đang mở để đóng"
	case strings.HasPrefix(msg, "undefined variable"):
		return "biến " + strconv.Quote(name) + " chưa được gán; hãy gán trước bằng {{" + name + " := …}}"
	case strings.HasPrefix(msg, "bad character"):
		_, r, _ := strings.Cut(msg, "'")
		return "ký tự '" + r + " không đúng chỗ trong lệnh {{…}}; có thể lệnh chưa đóng bằng }}"
	case strings.HasPrefix(msg, "unclosed action"):
		return "lệnh {{…}} chưa đóng; hãy thêm }} ở cuối lệnh"
	case strings.HasPrefix(msg, "unexpected"):
		at := ""
		if name != "" {
			at = ": gặp “" + name + "” không đúng chỗ"
		}
		return "lệnh {{…}} viết sai" + at + "; có thể một lệnh ở dòng này hoặc dòng trên chưa đóng bằng }}"
	case strings.HasPrefix(msg, "no such template"):
		return "không có mẫu con " + strconv.Quote(name) + "; hãy kiểm tra tên trong {{template …}} hoặc tạo layouts/partials/" + name + ".html"
	case strings.HasPrefix(msg, "ends in a non-text context"):
		return "mẫu kết thúc giữa một thẻ hay thuộc tính HTML; hãy kiểm tra các dấu \" và > chưa đóng"
	case strings.Contains(msg, "is an incomplete or empty template"):
		return "mẫu " + strconv.Quote(name) + " trống hoặc chưa được định nghĩa; mỗi tệp trong layouts/ phải có {{define \"main\"}}…{{end}}"
	case strings.Contains(msg, "redefinition of template"):
		return "mẫu " + strconv.Quote(name) + " được định nghĩa hai lần; hãy đổi tên một trong hai"
	}
	return msg
}

// executionMessage words what went wrong while a template ran.
func executionMessage(msg string) string {
	field := func(s string) string {
		if i := strings.LastIndexByte(s, '.'); i >= 0 {
			return s[i+1:]
		}
		return s
	}
	switch {
	case strings.HasPrefix(msg, "can't evaluate field "):
		f, typ, _ := strings.Cut(strings.TrimPrefix(msg, "can't evaluate field "), " in type ")
		return "dữ liệu của trang (kiểu " + typ + ") không có trường ." + f + "; hãy kiểm tra tên trường"
	case strings.HasPrefix(msg, "nil pointer evaluating "):
		return "giá trị đang trống (nil) nên không lấy được ." + field(strings.TrimPrefix(msg, "nil pointer evaluating ")) + "; hãy đặt lệnh trong {{with …}} hoặc {{if …}}"
	case strings.HasPrefix(msg, "error calling "):
		fn, why, _ := strings.Cut(strings.TrimPrefix(msg, "error calling "), ": ")
		return "hàm " + fn + " báo lỗi: " + why
	case strings.HasPrefix(msg, "wrong number of args for "):
		fn, counts, _ := strings.Cut(strings.TrimPrefix(msg, "wrong number of args for "), ": ")
		want, have, _ := strings.Cut(strings.TrimPrefix(counts, "want "), " got ")
		return "hàm " + fn + " cần " + want + " đối số nhưng đang có " + have
	case strings.HasPrefix(msg, "range can't iterate over"):
		return "không lặp {{range}} được qua giá trị này; range chỉ dùng cho danh sách và bảng"
	case strings.HasPrefix(msg, "map has no entry for key"):
		return "bảng không có khoá " + strings.TrimPrefix(msg, "map has no entry for key ")
	}
	return msg
}

// charColumn is the column, in characters from 1, of the byte offset from 0
// on line n of src.
func charColumn(src string, n, offset int) int {
	lines := strings.Split(src, "\n")
	if n < 1 || n > len(lines) {
		return offset + 1
	}
	line := lines[n-1]
	return utf8.RuneCountInString(line[:min(max(offset, 0), len(line))]) + 1
}

// badCharacter finds the character that text/template's lexer refused, as
// its message quotes it ("U+007D '}'"), inside an action of line: a lone
// "}" where "}}" should close it, or any other character.
func badCharacter(line, quoted string) int {
	_, c, _ := strings.Cut(quoted, "'")
	r, _ := utf8.DecodeRuneInString(c)
	for i, x := range line {
		if x != r || !strings.Contains(line[:i], "{{") {
			continue
		}
		if r == '}' && (strings.HasPrefix(line[i:], "}}") || strings.HasSuffix(line[:i], "}")) {
			continue
		}
		return i
	}
	return -1
}

// column finds where on line n of src the error is: at the name it quotes
// (the undefined function or variable), else at the first action.
func column(src string, n int, msg string) int {
	lines := strings.Split(src, "\n")
	if n < 1 || n > len(lines) {
		return 0
	}
	line := lines[n-1]
	i := -1
	if q := reQuotedName.FindStringSubmatch(msg); q != nil {
		i = strings.Index(line, q[1])
	}
	if _, c, ok := strings.Cut(msg, "bad character "); ok && i < 0 {
		i = badCharacter(line, c)
	}
	if i < 0 {
		i = strings.Index(line, "{{")
	}
	if i < 0 {
		return 1
	}
	return utf8.RuneCountInString(line[:i]) + 1
}
