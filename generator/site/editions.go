package site

import (
	"fmt"
	"slices"
	"strings"

	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/content"
	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/indicator"
)

// Editions. A site speaks the languages of config.toml's languages key:
// the first, Vietnamese, at the root, each other under /LANG/ with the
// same slugs (urls.Routes), so a page's translation is found by its path
// and the sitemap, hreflang links and the language switch need no table of
// their own. Each edition is the same model worded by the theme's
// i18n/LANG.toml, computed sentences included; targets and indicators take
// the names staff translated (translations.LANG in data/indicators.toml).
// The programme's own text and quotes stay Vietnamese, marked lang="vi"
// (Frame.TextLang), as do names without a translation (NameLang). A page
// of content/ is translated by a file beside it, gioi-thieu.en.md; an
// edition without the translation shows the Vietnamese page under a
// notice, its title and prose marked lang="vi" (PageView.Lang). The open
// data, the pictures and the news feed are the main edition's, shared by
// all.

// splitTranslations takes the translations (content.Page.Lang set) out of
// pages: a translation is kept when the site has its language and the page
// it translates exists. One into a language the site does not publish is
// left out with a warning per language (the edition may be off for now);
// one without its original is a problem at the file, unless the original
// is there but already has problems of its own (a broken front matter):
// one mistake, one message.
func splitTranslations(l *diag.List, warn *[]diag.Problem, pages []*content.Page, langs []string) (originals, translations []*content.Page) {
	broken := map[string]bool{}
	for _, p := range l.Problems() {
		broken[p.File] = true
	}
	urls := map[string]bool{}
	for _, p := range pages {
		if p.Lang == "" {
			originals = append(originals, p)
			urls[p.URL()] = true
		}
	}
	has := map[string]bool{}
	for _, lang := range langs[1:] {
		has[lang] = true
	}
	off := map[string][]string{}
	for _, p := range pages {
		switch {
		case p.Lang == "":
		case !has[p.Lang]:
			off[p.Lang] = append(off[p.Lang], p.File)
		case !urls[p.URL()]:
			original := strings.TrimSuffix(strings.TrimSuffix(p.File, ".md"), "."+p.Lang) + ".md"
			if !broken[original] {
				l.Add(p.File, 0, 0, "trang dịch không có trang gốc tiếng Việt %s; hãy đặt tên tệp theo trang gốc (ví dụ gioi-thieu.%s.md dịch gioi-thieu.md)", original, p.Lang)
			}
		default:
			translations = append(translations, p)
		}
	}
	for _, lang := range sortedKeys(off) {
		files := off[lang]
		*warn = append(*warn, diag.Problem{File: files[0], Severity: diag.Warning,
			Msg: fmt.Sprintf("%d trang dịch sang %q (%s) không được dựng, vì languages trong %s không có %q; thêm %q vào languages để đăng chúng", len(files), lang, strings.Join(files, ", "), config.File, lang, lang)})
	}
	return originals, translations
}

// edition returns the model of the edition in lang: the same indicators
// and pages, its own paths and words, and each page replaced by its
// translation where there is one.
func (m *model) edition(lang string) *model {
	main := m.Config.Languages[0]
	e := *m
	e.routes = m.routes.In(lang, main)
	e.words = m.Theme.Words(lang)
	if lang == main {
		return &e
	}
	tr := m.translations[lang]
	in := func(p *content.Page) *content.Page {
		if t := tr[p.URL()]; t != nil {
			// A translation takes its original's place in menus and
			// lists: one order for every edition.
			c := *t
			c.Weight, c.Date = p.Weight, p.Date
			return &c
		}
		return p
	}
	each := func(list []*content.Page) []*content.Page {
		out := make([]*content.Page, len(list))
		for i, p := range list {
			out[i] = in(p)
		}
		return out
	}
	e.translateCatalogue(lang)
	e.pages, e.news = each(m.pages), each(m.news)
	e.sections = nil
	for _, s := range m.sections {
		c := &section{Name: s.Name, Pages: each(s.Pages)}
		if s.Index != nil {
			c.Index, c.indexFrom = in(s.Index), [2]*content.Page{s.Index, tr[s.Index.URL()]}
		}
		e.sections = append(e.sections, c)
	}
	e.index = map[string]*content.Page{}
	for k, p := range m.index {
		e.index[k] = in(p)
	}
	if m.method != nil {
		for _, p := range e.pages {
			if p.Slug == methodologySlug {
				e.method = &Link{URL: e.routes.Local(p.URL()), Label: p.Title}
			}
		}
	}
	e.nav = e.menu()
	return &e
}

// untranslated is the language of p when the edition shows it untranslated,
// "" when p is in the edition's language.
func (m *model) untranslated(p *content.Page) string {
	if p.Lang == m.lang() || p.Lang == "" && m.lang() == m.Config.Languages[0] {
		return ""
	}
	if p.Lang == "" {
		return m.Config.Languages[0]
	}
	return p.Lang
}

// textLang is the language of the programme's words (its text and
// quotes) and of staff's when it is not the edition's: "vi" in another
// edition, "" in the main one.
func (m *model) textLang() string {
	if main := m.Config.Languages[0]; m.lang() != main {
		return main
	}
	return ""
}

// Alternate is a page in one edition, for hreflang links and the switch.
type Alternate struct {
	Lang, Label string
	// URL is absolute, Path the site path.
	URL, Path string
	Current   bool
}

// translateCatalogue gives the edition its own copies of the targets and
// indicators, named as staff translated them (translations.LANG in
// data/indicators.toml); the rest, the Vietnamese summary included, is
// shared.
func (m *model) translateCatalogue(lang string) {
	local := map[int]indicator.Translation{}
	for _, t := range m.Catalogue.Targets {
		local[t.Number] = t.Translations[lang]
	}
	targets := map[*target]*target{}
	m.targets = slices.Clone(m.targets)
	for i, t := range m.targets {
		c := *t
		c.Indicators = nil
		if tr := local[t.Number]; tr.Name != "" {
			c.Name = tr.Name
		} else {
			c.NameLang = m.textLang()
		}
		c.Summary = local[t.Number].Summary
		targets[t] = &c
		m.targets[i] = &c
	}
	m.indicators = slices.Clone(m.indicators)
	m.byCode = make(map[string]*assessed, len(m.indicators))
	for i, a := range m.indicators {
		c := *a
		if tr := a.Translations[lang]; tr.Name != "" {
			c.Definition.Name = tr.Name
		} else {
			c.NameLang = m.textLang()
		}
		c.Assessment.Groups = slices.Clone(a.Assessment.Groups)
		m.summarize(&c)
		if c.Target = targets[a.Target]; c.Target != nil {
			c.Target.Indicators = append(c.Target.Indicators, &c)
		}
		m.indicators[i], m.byCode[c.Code] = &c, &c
	}
}
