package site

import (
	"fmt"
	"path"
	"strings"
	"time"

	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/content"
	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/programme"
	"github.com/minhbach/minhbach/generator/progress"
)

// checkAgainstProgramme makes sure data/indicators.toml agrees with the
// published text: every quote is in it, word for word, and every indicator
// and target name belongs to a target that exists.
func checkAgainstProgramme(l *diag.List, p *programme.Programme, c indicator.Catalogue) {
	targets := map[int]bool{}
	for _, t := range p.Targets {
		targets[t.Number] = true
	}
	for _, in := range c.Indicators {
		if !targets[in.Target] {
			l.Add(indicator.DefinitionsFile, in.LineOf("target"), 1, "chỉ số %s thuộc chỉ tiêu %d, nhưng văn bản chương trình không có chỉ tiêu này", in.Code, in.Target)
		}
		if in.Quote != "" && !p.Contains(in.Quote) {
			msg := fmt.Sprintf("trích dẫn của chỉ số %s không có nguyên văn trong %s: %q", in.Code, p.File, in.Quote)
			if near, line := p.Nearest(in.Quote); near != "" {
				msg += fmt.Sprintf("; đoạn gần nhất ở dòng %d: %q", line, near)
			}
			l.Add(indicator.DefinitionsFile, in.LineOf("quote"), 1, "%s; hãy chép đúng từng chữ từ văn bản", msg)
		}
	}
	for _, t := range c.Targets {
		if !targets[t.Number] {
			l.Add(indicator.DefinitionsFile, 0, 0, "tên ngắn cho chỉ tiêu %d, nhưng văn bản chương trình không có chỉ tiêu này", t.Number)
		}
	}
}

// checkPages checks what pages say about the rest of the site; generated
// are the first segments of the generated pages' paths (urls.Routes).
func checkPages(l *diag.List, pages []*content.Page, c indicator.Catalogue, generated map[string]bool) {
	codes := map[string]bool{}
	for _, in := range c.Indicators {
		codes[in.Code] = true
	}
	urls := map[string]string{}
	sections := map[string]bool{newsSection: true} // each has a list at /S/
	for _, p := range pages {
		if p.Section != "" {
			sections[p.Section] = true
		}
	}
	for _, p := range pages {
		for _, code := range p.Indicators {
			if !codes[code] {
				l.Add(p.File, 0, 0, "chỉ số %q trong indicators không tồn tại; hãy dùng một mã trong data/indicators.toml", code)
			}
		}
		if prev, ok := urls[p.URL()]; ok {
			l.Add(p.File, 0, 0, "trùng địa chỉ %s với %s", p.URL(), prev)
		}
		urls[p.URL()] = p.File
		if p.Section == "" && sections[p.Slug] {
			l.Add(p.File, 0, 0, "địa chỉ %s là danh sách các trang trong thư mục content/%s/; hãy đổi tên tệp, hoặc chuyển nội dung của nó vào content/%s/_index.md (lời giới thiệu của danh sách)", p.URL(), p.Slug, p.Slug)
		}
		if generated[p.Section] || p.Section == "" && generated[p.Slug] {
			l.Add(p.File, 0, 0, "địa chỉ %s dành cho trang do hệ thống tạo; hãy đổi tên tệp hoặc thư mục", p.URL())
		}
	}
}

// takeTargetYears gives each indicator that sets no target_year the year
// its part of the programme names ("đến năm 2027"), so one programme can
// set targets for 2026, 2027 and 2030 in one list.
func takeTargetYears(p *programme.Programme, c *indicator.Catalogue) {
	years := map[string]int{}
	for _, t := range p.Targets {
		for _, part := range t.Parts {
			if part.Year != 0 {
				years[part.Code] = part.Year
			}
		}
	}
	for i := range c.Indicators {
		if d := &c.Indicators[i].Definition; d.TargetYear == 0 {
			d.TargetYear = years[d.Code]
		}
	}
}

// checkOverrides checks that a status set by hand is one the site shows.
func checkOverrides(l *diag.List, c indicator.Catalogue) {
	for _, in := range c.Indicators {
		o := in.StatusOverride
		if o == nil || o.Status == "" {
			continue
		}
		s := progress.Status(o.Status)
		valid := s.Valid()
		if in.Kind == indicator.Milestone {
			valid = s == progress.MilestoneDone || s == progress.MilestonePending
		}
		if !valid {
			var keys []string
			for _, k := range allStatuses {
				keys = append(keys, string(k))
			}
			l.Add(indicator.DefinitionsFile, in.LineOf("status_override"), 1, "chỉ số %s: status_override có status %q không hợp lệ; hãy dùng một trong: %s", in.Code, o.Status, strings.Join(keys, ", "))
		}
	}
}

// checkUpdated refuses a row dated after the report date: the site says
// its figures were gathered up to that date, so a figure changed later
// would contradict it (or the date is a typing slip, 2062 for 2026).
func checkUpdated(l *diag.List, report time.Time, c indicator.Catalogue) {
	for _, in := range c.Indicators {
		for _, o := range in.Series.Obs {
			if o.Updated.After(report) {
				l.Add(path.Join("data", in.Code+".csv"), o.Line, o.UpdatedCol, "ngày cập nhật %s muộn hơn ngày chốt số liệu %s (report_date trong %s); số liệu không thể thay đổi sau ngày chốt: hãy sửa lại ngày, hoặc dời report_date nếu báo cáo đã chốt muộn hơn", viDate(o.Updated), viDate(report), config.File)
			}
		}
	}
}

// checkTranslations warns, once per language, when data/indicators.toml
// translates into a language the site does not publish: the translations
// are kept for when the edition is turned on, so they are not an error
// (a site turns its English edition off by editing one line).
func checkTranslations(c indicator.Catalogue, langs []string) []diag.Problem {
	has := map[string]bool{}
	for _, lang := range langs {
		has[lang] = true
	}
	type first struct {
		line, n int
	}
	unused := map[string]*first{}
	note := func(tr map[string]indicator.Translation, lineOf func(string) int) {
		for lang := range tr {
			if has[lang] {
				continue
			}
			u := unused[lang]
			if u == nil {
				u = &first{}
				unused[lang] = u
			}
			if u.line == 0 {
				u.line = lineOf("translations." + lang) // the first with a line
			}
			u.n++
		}
	}
	for _, t := range c.Targets {
		note(t.Translations, func(string) int { return 0 })
	}
	for _, in := range c.Indicators {
		note(in.Translations, in.LineOf)
	}
	var out []diag.Problem
	for _, lang := range sortedKeys(unused) {
		u := unused[lang]
		out = append(out, diag.Problem{File: indicator.DefinitionsFile, Line: u.line, Col: 1, Severity: diag.Warning,
			Msg: fmt.Sprintf("%d chỉ tiêu và chỉ số có bản dịch translations.%s, nhưng languages trong %s không có %q nên bản này không được dựng; thêm %q vào languages để đăng nó", u.n, lang, config.File, lang, lang)})
	}
	return out
}
