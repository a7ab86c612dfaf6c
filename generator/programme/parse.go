package programme

import (
	"strconv"
	"strings"
)

// Parse reads the document in src, published as file.
func Parse(file string, src []byte) *Programme {
	p := &Programme{File: file}
	if msg := Unreadable(src); msg != "" {
		p.broken(0, "%s", msg)
		return p
	}
	lines := splitLines(string(src))
	k := kindLine(lines)
	body := p.readHeader(lines, k)
	bs, ended := keep(blocks(lines[body:]))
	if k < 0 && len(bs) > 0 && bs[0].mark.kind == markNone && looksLikeHeading(bs[0].text) && !keywordHeading(bs[0].text) && !isCaps(bs[0].text) {
		p.Title, bs = bs[0].text, bs[1:] // an article's headline
	}
	var all []string
	for _, b := range bs {
		all = append(all, b.text)
	}
	p.text = strings.Join(all, " ")
	root := outline(bs)
	p.Preamble = preamble(root)
	if p.Code == "" {
		p.readCaption(lines)
	}
	if p.Code == "" {
		p.readPreamble()
	}
	p.readSections(root)
	if !ended {
		p.checkEnd(bs)
	}
	p.noticeMissing()
	return p
}

// looksLikeHeading tells a headline from prose: short, no final full stop.
func looksLikeHeading(s string) bool {
	return runeLen(s) <= 160 && !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, ":")
}

// preamble is the prose before the first section.
func preamble(root *node) []Para {
	var out []Para
	add := func(n *node) {
		for _, b := range n.body {
			out = append(out, Para{Text: b.text, Line: b.line})
		}
	}
	add(root)
	for _, ch := range root.children {
		if ch.b.mark.kind != markCaps || len(ch.children) > 0 {
			if ch.b.mark.kind == markCaps {
				add(ch)
			}
			break
		}
		add(ch)
	}
	return out
}

// readSections finds objective, vision, targets and task groups.
func (p *Programme) readSections(root *node) {
	c := counter{}
	if n := findNode(root, isObjective); n != nil {
		p.Objective = sectionText(n)
	}
	if n := findNode(root, isVision); n != nil {
		p.Vision = sectionText(n)
		if strings.Contains(n.heading(), ":") && len(n.body) > 0 {
			p.TasksLead = Para{Text: n.body[0].text, Line: n.body[0].line}
		}
	}
	s := targetSection(root, c)
	if s != nil {
		nodes := append(aimsBefore(s, c), targetNodes(s, c)...)
		year := headingYear(s)
		if year == 0 && p.Title != "" {
			if ms := yearMentions(p.Title); len(ms) > 0 {
				year = ms[0].year
			}
		}
		dropped := map[int]int{}
		for i, n := range nodes {
			t := makeTarget(i+1, n, year)
			if kindOf(n, c) == goalList {
				dropped[i] = t.asGoal()
			}
			p.Targets = append(p.Targets, t)
		}
		p.noticeProse(dropped)
		p.guessYears(s, nodes)
		if p.Objective.Text == "" {
			p.Objective = plainObjective(s)
		}
	}
	for i, n := range taskNodes(root, s) {
		p.Tasks = append(p.Tasks, makeTask(i+1, n))
	}
}

// guessYears gives the parts whose text and headings name no year the
// first year the list names, and says so.
func (p *Programme) guessYears(s *node, nodes []*node) {
	var texts []string
	for _, n := range nodes {
		texts = append(texts, nodeText(n))
	}
	guess, line := firstYear(texts), 0
	if guess == 0 {
		return
	}
	for i := range p.Targets {
		for j := range p.Targets[i].Parts {
			if pt := &p.Targets[i].Parts[j]; pt.Year == 0 {
				pt.Year = guess
				if line == 0 {
					line = pt.Line
				}
			}
		}
	}
	if line > 0 {
		p.notice(line, "danh sách chỉ tiêu không ghi năm đạt; tạm lấy năm %d, năm đầu tiên văn bản nhắc tới; hãy kiểm tra target_year", guess)
	}
}

// plainObjective reads the objective of a section headed "MỤC TIÊU" that
// names none: its first item, when that is prose with no value.
func plainObjective(s *node) Para {
	for _, sib := range siblings(s) {
		if !isPlainHeading(sib, "muc tieu") || len(sib.children) == 0 {
			continue
		}
		first := sib.children[0]
		if len(first.children) == 0 && (counter{}).own(first) == 0 && runeLen(nodeText(first)) > 100 {
			return Para{Text: nodeText(first), Line: first.b.line}
		}
	}
	return Para{}
}

// makeTarget builds target number from node n: its words, the lines they
// come from and its parts, each with its target year.
func makeTarget(number int, n *node, year int) Target {
	t := Target{Number: number, Line: n.b.line}
	var text strings.Builder // one copy of the words, however many paragraphs
	add := func(b *block) {
		if text.Len() > 0 {
			text.WriteByte(' ')
		}
		base := text.Len()
		t.starts = append(t.starts, lineStart{base, b.line})
		for i, j := range b.joins {
			t.starts = append(t.starts, lineStart{base + j, b.line + i + 1})
		}
		text.WriteString(b.text)
	}
	add(n.b)
	for _, b := range n.body {
		add(b)
	}
	t.Text = text.String()
	if y := inheritedYear(n); y > 0 {
		year = y
	}
	t.Year = year
	t.Parts = splitParts(number, t.Text)
	for j := range t.Parts {
		pt := &t.Parts[j]
		pt.Line = t.LineOf(pt.Start)
		if pt.Year == 0 {
			pt.Year = year
		}
	}
	return t
}

// makeTask builds task group number from node n.
func makeTask(number int, n *node) Task {
	t := Task{Number: number, Title: n.heading(), Line: n.b.line}
	for _, b := range n.body {
		t.Paras = append(t.Paras, Para{Text: b.text, Line: b.line})
	}
	for _, ch := range n.children {
		t.Paras = append(t.Paras, Para{Text: nodeText(ch), Line: ch.b.line})
	}
	return t
}

// noticeMissing says what the reader did not find.
func (p *Programme) noticeMissing() {
	if len(p.Targets) == 0 {
		p.notice(0, "không tìm thấy danh sách chỉ tiêu (mục như “Các chỉ tiêu chủ yếu đến năm 2030” hay “Mục tiêu cụ thể”); văn bản có thể chỉ là văn bản ban hành")
	}
	if len(p.Tasks) == 0 {
		p.notice(0, "không tìm thấy nhóm nhiệm vụ nào (mục “NHIỆM VỤ, GIẢI PHÁP” hay “Thứ nhất, …”)")
	}
	if p.Code == "" {
		p.notice(0, "không tìm thấy số hiệu văn bản (dòng “Số: 153/KH-UBND” ở đầu văn bản)")
	}
	for _, t := range p.Targets {
		for _, pt := range t.Parts {
			if pt.Kind == Quantitative && pt.Year == 0 {
				p.notice(pt.Line, "chỉ số %s không ghi năm đạt mục tiêu; hãy ghi target_year trong data/indicators.toml", pt.Code)
			}
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
