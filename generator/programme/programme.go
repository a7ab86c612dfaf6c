// Package programme reads a programme document as published and finds its
// structure: the document's code, date and issuer, the general objective,
// the numbered key targets for 2030, the 2045 vision and the task groups.
//
// # Grammar
//
// The text is read line by line after Unicode normalisation (NFC, no BOM,
// non-breaking spaces as spaces, CRLF as LF). Lines are classified, in order:
//
//	chrome     a view counter ("Lượt xem: 257"), a photo caption (ending in
//	           "Ảnh minh họa" or "Ảnh: …"), a visitor-statistics block, a
//	           related-articles list; never part of the model
//	objective  "Mục tiêu tổng quát …: TEXT"           (TEXT may follow on the next lines)
//	targets    "Các chỉ tiêu chủ yếu đến năm 2030"    opens the target list
//	target     "(1) TEXT", "1. TEXT", "1) TEXT", "a) TEXT" or "- TEXT" inside the list;
//	           lines that carry no marker continue the item before (wrapped text)
//	vision     "Tầm nhìn đến năm 2045: TEXT"          closes the target list
//	task       "- Thứ nhất, TITLE" … "- Thứ chín, TITLE"; the paragraphs up to
//	           the next task are its text
//	end        a short line with no closing punctuation standing alone after
//	           the last task (the author's signature), or chrome
//
// Everything between the headline and the objective that is not chrome is the
// preamble. Example:
//
//	Lượt xem: 257                                  ← chrome
//	Tiếp tục đổi mới, … chính sách xã hội          ← title
//	Thực hiện Nghị quyết số 42-NQ/TW, … Tỉnh ủy Sóc Trăng ban hành
//	Chương trình số 50-CTr/TU, ngày 4/5/2024 …     ← preamble: code, date, issuer
//	Mục tiêu tổng quát đến năm 2030: …             ← objective
//	Các chỉ tiêu chủ yếu đến năm 2030
//	(1) Bảo đảm 100% người có công …               ← target 1
//	Tầm nhìn đến năm 2045: …                       ← vision
//	- Thứ nhất, nâng cao nhận thức …               ← task 1, then its paragraphs
//	Hồng Nhi                                       ← end
//
// Every element keeps the line it starts on, so errors and the programme page
// can point back at the published text.
package programme

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strconv"
	"strings"

	"github.com/minhbach/minhbach/generator/vi"
)

// Programme is the structure of one programme document.
type Programme struct {
	File      string   `json:"-"`
	Title     string   `json:"title"`
	Code      string   `json:"code"`
	Issuer    string   `json:"issuer"`
	Date      string   `json:"date"` // as written: "4/5/2024"
	Preamble  []Para   `json:"-"`
	Objective Para     `json:"objective"`
	Vision    Para     `json:"vision"`
	Targets   []Target `json:"targets"`
	TasksLead Para     `json:"-"`
	Tasks     []Task   `json:"tasks"`
	// Notices say what the parser could not find, in Vietnamese.
	Notices []string `json:"-"`
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

// Target is one numbered key target (chỉ tiêu) and its measurable parts.
type Target struct {
	Number int    `json:"number"`
	Text   string `json:"text"`
	Line   int    `json:"line"`
	Parts  []Part `json:"indicators"`
	// joins are where a wrapped line was joined to Text: from each offset
	// on, the text comes from the next line.
	joins []int
}

// LineOf returns the file line of the byte at offset in Text.
func (t Target) LineOf(offset int) int {
	n := t.Line
	for _, j := range t.joins {
		if offset >= j {
			n++
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
			try(t.Text[c[0]:c[1]], t.LineOf(c[0]))
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

// documentText joins what the model holds of the document, page chrome
// left out, so a quote is checked against the programme and nothing else.
func (p *Programme) documentText() string {
	var all []string
	add := func(paras ...Para) {
		for _, para := range paras {
			all = append(all, para.Text)
		}
	}
	all = append(all, p.Title)
	add(p.Preamble...)
	add(p.Objective)
	for _, t := range p.Targets {
		all = append(all, t.Text)
	}
	add(p.Vision, p.TasksLead)
	for _, t := range p.Tasks {
		all = append(all, t.Title)
		add(t.Paras...)
	}
	return strings.Join(all, " ")
}

// Contains reports whether quote occurs in the document, comparing both in
// normalised form.
func (p *Programme) Contains(quote string) bool {
	return strings.Contains(p.text, vi.Normalize(quote))
}

var ordinals = map[string]int{
	"nhat": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10,
}

var (
	reTask      = regexp.MustCompile(`^[-–•*]?\s*Thứ\s+(\p{L}+)\s*[,:.]\s*(.*)$`)
	reMarker    = regexp.MustCompile(`^(?:\((\d{1,3})\)|(\d{1,3})[.)]|([a-zđ])\)|[-–•])\s+(.*)$`)
	reCode      = regexp.MustCompile(`(Chương trình|Kế hoạch|Quyết định|Nghị quyết)\s+số\s+(\d+[\p{L}\d/-]*)(?:,\s*ngày\s+(\d{1,2}/\d{1,2}/\d{4}))?`)
	reCounter   = regexp.MustCompile(`^(Lượt xem|Số lượt xem|Lượt đọc)\s*:?\s*[\d.,]+$`)
	reCaption   = regexp.MustCompile(`(Ảnh minh họa|Ảnh minh hoạ|Ảnh:.*|\(Ảnh[^)]*\))\.?$`)
	chromeHeads = []string{"thong ke truy cap", "tin lien quan", "bai viet lien quan", "tin khac", "cac tin khac", "phim tu lieu", "dang online"}
)

// Parse reads the document in src, published as file.
func Parse(file string, src []byte) *Programme {
	p := &Programme{File: file}
	lines := splitLines(string(src))
	const (
		stHead = iota
		stPreamble
		stObjective
		stTargets
		stVision
		stTasks
		stEnd
	)
	state := stHead
	var target *Target
	var task *Task
	var para *Para     // paragraph being collected for objective/vision/tasks
	titleOpen := false // a task's title may go on over the next lines
	flush := func() { para = nil }

	for i := 0; i < len(lines); i++ {
		l := lines[i]
		text, fold := l.text, vi.Fold(l.text)
		if text == "" {
			flush()
			titleOpen = false
			continue
		}
		if isChrome(text, fold) {
			// A caption wrapped over lines ends in "Ảnh …": the lines before
			// it in the same paragraph are the caption too.
			if para != nil && reCaption.MatchString(text) {
				switch {
				case state == stPreamble && len(p.Preamble) > 0 && para == &p.Preamble[len(p.Preamble)-1]:
					p.Preamble = p.Preamble[:len(p.Preamble)-1]
				case state == stTasks && task != nil && len(task.Paras) > 0 && para == &task.Paras[len(task.Paras)-1]:
					task.Paras = task.Paras[:len(task.Paras)-1]
				}
			}
			flush()
			if state == stTasks && strings.HasPrefix(fold, "thong ke") || strings.HasPrefix(fold, "phim tu lieu") {
				state = stEnd
			}
			continue
		}
		if state == stEnd {
			continue
		}
		switch {
		case strings.HasPrefix(fold, "muc tieu tong quat"):
			state = stObjective
			p.Objective = Para{Text: afterColon(text), Line: l.n}
			para = &p.Objective
			continue
		case strings.HasPrefix(fold, "cac chi tieu") || strings.HasPrefix(fold, "chi tieu chu yeu") || strings.HasPrefix(fold, "muc tieu cu the"):
			state, target = stTargets, nil
			flush()
			continue
		case strings.HasPrefix(fold, "tam nhin den nam"):
			state = stVision
			p.Vision = Para{Text: afterColon(text), Line: l.n}
			para = &p.Vision
			continue
		}
		if m := reTask.FindStringSubmatch(text); m != nil && ordinals[vi.Fold(m[1])] > 0 {
			state = stTasks
			p.Tasks = append(p.Tasks, Task{Number: ordinals[vi.Fold(m[1])], Title: m[2], Line: l.n})
			task = &p.Tasks[len(p.Tasks)-1]
			para, titleOpen = nil, true
			continue
		}
		switch state {
		case stHead:
			if p.Title == "" && looksLikeHeading(text) {
				p.Title = text
				state = stPreamble
				continue
			}
			state = stPreamble
			fallthrough
		case stPreamble:
			if para == nil {
				p.Preamble = append(p.Preamble, Para{Text: text, Line: l.n})
				para = &p.Preamble[len(p.Preamble)-1]
				continue
			}
			appendText(para, text)
		case stObjective:
			if para == nil { // a further paragraph of the objective
				para = &p.Objective
			}
			appendText(para, text)
		case stVision:
			if para == nil { // the paragraph after the vision leads into the tasks
				p.TasksLead = Para{Text: text, Line: l.n}
				para = &p.TasksLead
				continue
			}
			appendText(para, text)
		case stTargets:
			if m := reMarker.FindStringSubmatch(text); m != nil {
				n := len(p.Targets) + 1
				if m[1] != "" || m[2] != "" {
					n, _ = strconv.Atoi(m[1] + m[2])
				}
				p.Targets = append(p.Targets, Target{Number: n, Text: m[4], Line: l.n})
				target = &p.Targets[len(p.Targets)-1]
				continue
			}
			if target != nil {
				target.joins = append(target.joins, len(target.Text)+1)
				target.Text += " " + text
			}
		case stTasks:
			if titleOpen && len(task.Paras) == 0 && para == nil && runeLen(lines[i-1].text) >= 60 {
				task.Title += " " + text // a title wrapped over lines
				continue
			}
			if isSignature(lines, i) {
				state = stEnd
				continue
			}
			if para == nil {
				if len(p.Tasks) == 0 {
					continue
				}
				task.Paras = append(task.Paras, Para{Text: text, Line: l.n})
				para = &task.Paras[len(task.Paras)-1]
				continue
			}
			appendText(para, text)
		}
	}
	p.findCode()
	p.text = p.documentText()
	for i := range p.Targets {
		t := &p.Targets[i]
		t.Parts = splitParts(t.Number, t.Text)
		for j := range t.Parts {
			t.Parts[j].Line = t.LineOf(t.Parts[j].Start)
		}
	}
	if len(p.Targets) == 0 {
		p.Notices = append(p.Notices, "không tìm thấy danh sách chỉ tiêu (mục “Các chỉ tiêu chủ yếu đến năm 2030”); văn bản có thể chỉ là văn bản ban hành")
	}
	if len(p.Tasks) == 0 {
		p.Notices = append(p.Notices, "không tìm thấy nhóm nhiệm vụ nào (“Thứ nhất, …”)")
	}
	return p
}

// findCode reads the document's code, date and issuer from the preamble:
// the document is the one named right after "ban hành" ("Tỉnh ủy Sóc Trăng
// ban hành Chương trình số 50-CTr/TU, ngày 4/5/2024"); other codes there
// name the documents it implements.
func (p *Programme) findCode() {
	for _, para := range p.Preamble {
		for _, m := range reCode.FindAllStringSubmatchIndex(para.Text, -1) {
			before := strings.TrimSpace(para.Text[:m[0]])
			if !strings.HasSuffix(before, "ban hành") {
				continue
			}
			p.Code = para.Text[m[4]:m[5]]
			if m[6] >= 0 {
				p.Date = para.Text[m[6]:m[7]]
			}
			issuer := strings.TrimSpace(strings.TrimSuffix(before, "ban hành"))
			if k := strings.LastIndex(issuer, ", "); k >= 0 {
				issuer = issuer[k+2:]
			}
			p.Issuer = issuer
			return
		}
	}
	p.Notices = append(p.Notices, "không tìm thấy số hiệu văn bản (dạng “… ban hành Chương trình số 50-CTr/TU, ngày 4/5/2024”)")
}

type line struct {
	n    int
	text string
}

func splitLines(s string) []line {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	raw := strings.Split(s, "\n")
	out := make([]line, len(raw))
	for i, r := range raw {
		out[i] = line{n: i + 1, text: vi.Normalize(r)}
	}
	return out
}

func runeLen(s string) int { return len([]rune(s)) }

func afterColon(s string) string {
	if i := strings.IndexByte(s, ':'); i >= 0 {
		return strings.TrimSpace(s[i+1:])
	}
	return ""
}

func appendText(p *Para, text string) {
	if p == nil {
		return
	}
	if p.Text == "" {
		p.Text = text
		return
	}
	p.Text += " " + text
}

func isChrome(text, fold string) bool {
	if reCounter.MatchString(text) || reCaption.MatchString(text) {
		return true
	}
	for _, h := range chromeHeads {
		if strings.HasPrefix(fold, h) {
			return true
		}
	}
	return false
}

// looksLikeHeading tells a headline from prose: short, no final full stop.
func looksLikeHeading(s string) bool {
	return len([]rune(s)) <= 160 && !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, ":")
}

// isSignature reports whether lines[i] is an author's name standing alone:
// at most five words, no closing punctuation, blank lines around it.
func isSignature(lines []line, i int) bool {
	t := lines[i].text
	if len(strings.Fields(t)) > 5 || strings.ContainsAny(t[len(t)-1:], ".;:,…") {
		return false
	}
	blank := func(j int) bool { return j < 0 || j >= len(lines) || lines[j].text == "" }
	return blank(i-1) && blank(i+1)
}
