package programme

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/minhbach/minhbach/generator/diag"
)

// A Notice is a doubt the reader has about the text, at a line (0 for the
// whole document): no target list found, a list that never closes, a
// number it could not place, a text that ends mid-sentence. Notices do not
// stop a build; staff read them and check the text or the definitions.
type Notice struct {
	Line int
	Msg  string
	// Broken is set when the text itself is unusable (cut off, empty, not
	// UTF-8): then nothing read from it can be trusted, and the build stops
	// at this one error rather than at every indicator it seems to lack.
	Broken bool
}

func (p *Programme) notice(line int, format string, args ...any) {
	p.Notices = append(p.Notices, Notice{Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (p *Programme) broken(line int, format string, args ...any) {
	p.notice(line, format, args...)
	p.Notices[len(p.Notices)-1].Broken = true
}

// Broken reports whether the text is unusable; its notices say why.
func (p *Programme) Broken() bool {
	for _, n := range p.Notices {
		if n.Broken {
			return true
		}
	}
	return false
}

// Problems returns the notices as warnings on the programme file, for
// check and build to print with every other problem.
func (p *Programme) Problems() []diag.Problem {
	var out []diag.Problem
	for _, n := range p.Notices {
		sev := diag.Warning
		if n.Broken {
			sev = diag.Error
		}
		out = append(out, diag.Problem{File: p.File, Line: n.Line, Msg: n.Msg, Severity: sev})
	}
	return out
}

// Unreadable says what makes src no programme text at all, or "": empty,
// not UTF-8 (a Windows-1258 or TCVN3 file), or binary. Such a text gives
// one error at the file, not a notice per missing part.
func Unreadable(src []byte) string {
	switch {
	case len(strings.TrimSpace(string(src))) == 0:
		return "tệp văn bản chương trình trống; hãy chép toàn văn văn bản vào tệp"
	case !utf8.Valid(src):
		return "tệp văn bản chương trình không phải UTF-8 (có thể là Windows-1258 hay TCVN3); hãy lưu lại tệp theo bảng mã UTF-8"
	case strings.ContainsRune(string(src), 0):
		return "tệp văn bản chương trình là tệp nhị phân, không phải văn bản; hãy chép toàn văn văn bản vào một tệp .txt"
	}
	return ""
}

// checkEnd notes a text that stops mid-sentence: its last paragraph ends
// in no punctuation and is no heading, signature or table cell.
func (p *Programme) checkEnd(bs []*block) {
	if len(bs) == 0 {
		return
	}
	last := bs[len(bs)-1]
	t := strings.TrimSpace(last.text)
	if t == "" || endsSentence(t) || isCaps(t) || runeLen(t) < 40 {
		return
	}
	p.broken(last.last, "văn bản dừng giữa câu (“…%s”); có thể tệp bị cắt mất phần cuối, hãy chép lại toàn văn", tail(t, 40))
}

func tail(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[len(r)-n:])
}
