// Package programme reads a programme document as published and finds its
// structure: the document's kind, code, date, issuer and title, the general
// objective, the targets and their measurable parts, the vision and the
// task groups. Every element keeps the line it starts on, so errors and
// the programme page can point back at the published text.
//
// # Grammar
//
// The documents are Vietnamese administrative and Party documents, laid out
// as Nghị định 30/2020/NĐ-CP sets: a header (issuer, "Số: 153/KH-UBND",
// place and date, the kind of document and its title; header.go), a body of
// sections numbered I./1./1.1./a)/-/+ (blocks.go, markers.go, outline.go),
// then "Nơi nhận", the signature and annexes, which are not the programme
// (chrome.go). Which sections hold the targets, the objective, the vision
// and the task groups is read from their headings and from where the
// numbers are (sections.go); whether the target list is one of chỉ tiêu
// or of mục tiêu, which decides what a clause with no number is, from the
// list's own words (listkind.go); how a target splits into measurable
// parts, and which numbers in it are targets, is in parts.go, values.go
// and years.go.
// What the reader is unsure of becomes a notice with its line (notices.go).
//
// The text is read line by line after Unicode normalisation (NFC, no BOM,
// non-breaking spaces as spaces, CRLF as LF). An example, as a web page
// flattened it:
//
//	|                                          ← table cell marks: separators
//	ỦY BAN NHÂN ⏎ DÂN ⏎ THÀNH PHỐ CẦN THƠ        ← issuer
//	CỘNG HÒA XÃ ⏎ HỘI CHỦ NGHĨA VIỆT NAM          ← national motto
//	Số: 153/KH-UBND                            ← code
//	Cần Thơ, ngày ⏎ 17 tháng 11 năm 2025          ← date: 2025-11-17
//	KẾ HOẠCH                                   ← kind
//	TRIỂN KHAI, … ĐẾN NĂM 2030 …                ← title
//	Thực hiện Quyết định số 7619/QĐ-BCA …      ← preamble
//	I. MỤC ⏎ ĐÍCH, YÊU CẦU                       ← a section, its heading wrapped
//	3.1. Mục tiêu tổng ⏎ quát                    ← objective: the prose under it
//	4. Các ⏎ chỉ tiêu cụ thể đến năm 2030         ← the target list (year 2030)
//	a) Hằng năm, … đạt ít nhất 50% số xã …     ← target 1: ">= 50 %"
//	III. NỘI ⏎ DUNG, NHIỆM VỤ, GIẢI PHÁP …        ← task groups: its items 1. … 9.
//	IV. TỔ ⏎ CHỨC THỰC HIỆN                      ← no more task groups
//	Nơi nhận: …  TM. ỦY BAN NHÂN DÂN …         ← not the programme
//
// A programme that numbers nothing but its targets reads the same way:
//
//	Lượt xem: 257                                  ← chrome
//	Tiếp tục đổi mới, … chính sách xã hội          ← title
//	Thực hiện Nghị quyết số 42-NQ/TW, … Tỉnh ủy Sóc Trăng ban hành
//	Chương trình số 50-CTr/TU, ngày 4/5/2024 …     ← preamble: code, date, issuer
//	Mục tiêu tổng quát đến năm 2030: …             ← objective
//	Các chỉ tiêu chủ yếu đến năm 2030              ← the target list
//	(1) Bảo đảm 100% người có công …               ← target 1
//	Tầm nhìn đến năm 2045: …                       ← vision
//	- Thứ nhất, nâng cao nhận thức …               ← task 1, then its paragraphs
//	Hồng Nhi                                       ← the author: the end
package programme

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/minhbach/minhbach/generator/vi"
)

// Programme is the structure of one programme document.
type Programme struct {
	File      string   `json:"-"`
	Kind      string   `json:"-"` // "Kế hoạch", "Quyết định", …
	Title     string   `json:"title"`
	Code      string   `json:"code"`
	Issuer    string   `json:"issuer"`
	Date      string   `json:"date"` // YYYY-MM-DD
	Preamble  []Para   `json:"-"`
	Objective Para     `json:"objective"`
	Vision    Para     `json:"vision"`
	Targets   []Target `json:"targets"`
	TasksLead Para     `json:"-"`
	Tasks     []Task   `json:"tasks"`
	// Notices say, with their line, where the reader was unsure.
	Notices []Notice `json:"-"`
	// text is the whole normalised document, for quote checks.
	text string
}

// Para is one paragraph of the published text and the line it starts on.
type Para struct {
	Text string `json:"text"`
	Line int    `json:"line"`
}

// MarshalText lets a Para print as its text in JSON.
func (p Para) MarshalText() ([]byte, error) { return []byte(p.Text), nil }

// Target is one target (chỉ tiêu) and its measurable parts.
type Target struct {
	Number int    `json:"number"`
	Text   string `json:"text"`
	Line   int    `json:"line"`
	Parts  []Part `json:"indicators"`
	// Year is the target year its heading or list sets, 0 if none.
	Year int `json:"-"`
	// starts are where, in Text, each of its lines begins.
	starts []lineStart
}

type lineStart struct{ off, line int }

// LineOf returns the file line of the byte at offset in Text.
func (t Target) LineOf(offset int) int {
	n := t.Line
	for _, s := range t.starts {
		if offset >= s.off {
			n = s.line
		}
	}
	return n
}

// Task is one group of tasks and solutions (nhóm nhiệm vụ).
type Task struct {
	Number int    `json:"number"`
	Title  string `json:"title"`
	Paras  []Para `json:"-"`
	Line   int    `json:"line"`
}

// Text returns the task's paragraphs joined by blank lines.
func (t Task) Text() string {
	parts := make([]string, len(t.Paras))
	for i, p := range t.Paras {
		parts[i] = p.Text
	}
	return strings.Join(parts, "\n\n")
}

// JSON is the programme in the shape of design §8, as `inspect` prints it
// and the site publishes it at /du-lieu/chuong-trinh.json.
func (p *Programme) JSON() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // ">=" reads better than "\u003e="; never put in HTML
	enc.SetIndent("", "  ")
	if err := enc.Encode(p); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// MarshalJSON writes the task in the shape of design §8.
func (t Task) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Number int    `json:"number"`
		Title  string `json:"title"`
		Text   string `json:"text"`
		Line   int    `json:"line"`
	}{t.Number, t.Title, t.Text(), t.Line})
}

// Nearest finds the passage of the targets most like quote, for telling
// staff what they may have meant: a measurable part, a clause or a whole
// target, compared in canonical spelling. It returns the passage and its line.
func (p *Programme) Nearest(quote string) (string, int) {
	q := []rune(vi.Canonical(quote))
	best, line, score := "", 0, -1.0
	try := func(text string, at int) {
		c := []rune(vi.Canonical(text))
		d := levenshtein(q, c)
		s := 1 - float64(d)/float64(max(len(q), len(c), 1))
		if s > score {
			best, line, score = text, at, s
		}
	}
	for _, t := range p.Targets {
		try(t.Text, t.Line)
		for _, part := range t.Parts {
			try(part.Text, part.Line)
		}
		for _, c := range clauses(t.Text) {
			try(t.Text[c.start:c.end], t.LineOf(c.start))
		}
	}
	return best, line
}

// levenshtein counts the edits that turn a into b.
func levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Contains reports whether quote occurs in the document, comparing both in
// normalised form.
func (p *Programme) Contains(quote string) bool {
	return strings.Contains(p.text, vi.Normalize(quote))
}
