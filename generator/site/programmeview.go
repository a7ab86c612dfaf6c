package site

import (
	"strings"

	"github.com/minhbach/minhbach/generator/programme"
	"github.com/minhbach/minhbach/generator/vi"
)

// The programme's page: its text as published, with an anchor on every
// target, measurable part and task group.

func (m *model) programmeView() ProgrammeView {
	p := m.Programme
	date := p.DateVi() // a date that does not parse is shown as written
	if t := m.programmeDate(); !t.IsZero() {
		date = m.date(t)
	}
	v := ProgrammeView{Title: p.Title, Code: p.Code, Issuer: p.Issuer, Date: date,
		Objective: p.Objective.Text, Vision: p.Vision.Text, Lead: p.TasksLead.Text, Source: p.File}
	for _, para := range p.Preamble {
		v.Preamble = append(v.Preamble, para.Text)
	}
	byNumber := map[int]*target{}
	for _, t := range m.targets {
		byNumber[t.Number] = t
	}
	for _, t := range p.Targets {
		pt := ProgrammeTarget{Number: t.Number, Text: t.Text, URL: m.routes.Target(t.Number), Segments: m.segments(t)}
		if tg := byNumber[t.Number]; tg != nil {
			for _, a := range tg.Indicators {
				pt.Indicators = append(pt.Indicators, m.badge(a))
			}
		}
		v.Targets = append(v.Targets, pt)
	}
	for i, t := range p.Tasks {
		tv := TaskView{Number: t.Number, Ordinal: m.ordinal(t.Number), Title: vi.Capitalise(t.Title), URL: m.routes.Task(t.Number)}
		for _, para := range t.Paras {
			tv.Paras = append(tv.Paras, para.Text)
		}
		if i > 0 {
			tv.Prev = &Link{URL: m.routes.Task(p.Tasks[i-1].Number), Label: m.ordinal(p.Tasks[i-1].Number)}
		}
		if i+1 < len(p.Tasks) {
			tv.Next = &Link{URL: m.routes.Task(p.Tasks[i+1].Number), Label: m.ordinal(p.Tasks[i+1].Number)}
		}
		v.Tasks = append(v.Tasks, tv)
	}
	return v
}

// segments cuts a target's text at its measurable parts.
func (m *model) segments(t programme.Target) []Segment {
	var out []Segment
	at := 0
	for _, part := range t.Parts {
		if part.Start < at {
			continue
		}
		if part.Start > at {
			out = append(out, Segment{Text: t.Text[at:part.Start]})
		}
		seg := Segment{Text: part.Text, Anchor: "chi-so-" + strings.ReplaceAll(part.Code, ".", "-")}
		if a := m.byCode[part.Code]; a != nil {
			seg.URL, seg.Title = m.indicatorURL(a), a.Code+". "+a.Name
		}
		out = append(out, seg)
		at = part.End
	}
	if at < len(t.Text) {
		out = append(out, Segment{Text: t.Text[at:]})
	}
	return out
}
