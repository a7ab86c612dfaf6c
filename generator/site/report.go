package site

import (
	"fmt"

	"github.com/minhbach/minhbach/generator/progress"
)

// reportURL is the printable report: the status of every target and of each
// of its indicators, with the latest value and the target, in one document
// to print or save as a PDF (a paper for a meeting, an annex to a letter).
const reportURL = "/bao-cao/"

// ReportView is the printable report.
type ReportView struct {
	Counts  []Count
	Total   int
	Targets []ReportTarget
}

// ReportTarget is one target in the report, with its overall state.
type ReportTarget struct {
	Number     int
	Name, URL  string
	State      progress.Status
	Indicators []IndicatorView
}

// planReport plans the report page from the indicator views the target
// pages show, so the two cannot say different things.
func (m *model) planReport(add adder, views map[*assessed]IndicatorView) error {
	title, ok := m.Theme.String("report_title")
	if !ok {
		return fmt.Errorf("không có chuỗi giao diện %q trong i18n/vi.toml", "report_title")
	}
	v := ReportView{Counts: counts(m.indicators, progress.Statuses), Total: len(m.indicators)}
	for _, t := range m.targets {
		rt := ReportTarget{Number: t.Number, Name: t.Name, URL: targetURL(t.Number), State: m.targetCard(t).State}
		for _, a := range t.Indicators {
			rt.Indicators = append(rt.Indicators, views[a])
		}
		v.Targets = append(v.Targets, rt)
	}
	f := add(reportURL, "report", title, "", v)
	f.Illustrative = m.anyIllustrative(m.indicators)
	return nil
}
