package site

import (
	"encoding/binary"
	"encoding/json"
	"hash/maphash"
	"slices"
	"strings"

	"github.com/minhbach/minhbach/generator/theme"
	"github.com/minhbach/minhbach/generator/vi"
)

// Search. The build writes one index of everything a reader may look for
// (targets, indicators, task groups, news and pages) as a theme asset,
// search.json, with a content hash in its name; the theme's search.js
// fetches it the first time someone uses the search box, and searches in
// the browser. Nothing leaves the site.
//
// Matching folds both sides the same way (searchKey here, key() in
// search.js; a browser test holds them equal on every text of the site):
// tone marks and đ go, case goes, and every run of what is not an ASCII
// letter or digit becomes one space, so "Thất  nghiệp", "that nghiep" and
// "THAT-NGHIEP" are one query. Each word typed must begin a word of the
// item ("that ngh" finds "thất nghiệp"); failing that, the query without
// spaces may occur in the item's words without spaces ("thatnghiep").
// A code ("8.6", "8,6") picks its indicator first, and Enter goes there.
//
// The index is small because it holds titles as shown and, for the rest of
// an item's text, each folded word once, in order of first use.

// searchAsset is the name of the index among the theme's assets; another
// edition's is searchAssetIn(lang), which its pages' asset "search.json"
// finds (package theme).
const searchAsset = "search.json"

func searchAssetIn(lang string) string { return "search." + lang + ".json" }

// Kinds of search items; search.js words them with the theme's strings.
const (
	searchTarget    = "target"
	searchIndicator = "indicator"
	searchTask      = "task"
	searchNews      = "news"
	searchPage      = "page"
)

// searchIndex is the file search.js reads.
type searchIndex struct {
	Items []searchItem `json:"items"`
}

// searchItem is one thing the search box can find.
type searchItem struct {
	Kind  string `json:"k"`
	Code  string `json:"c,omitempty"` // an indicator's code
	Title string `json:"t"`           // as shown, and searched
	URL   string `json:"u"`           // the link, with the base path
	// Words are the folded words of the rest of its text (official
	// wording, summary) that the title lacks, and the abbreviations of
	// words it contains; space-separated.
	Words string `json:"w,omitempty"`
}

// searchKey folds s for matching: "Tỷ lệ (%) thất-nghiệp" → "ty le that
// nghiep". It is vi.Slug with spaces for hyphens.
func searchKey(s string) string { return strings.ReplaceAll(vi.Slug(s), "-", " ") }

// searchIndexJSON builds the index of the site.
func (m *model) searchIndexJSON() ([]byte, error) {
	items := make([]searchItem, 0, len(m.indicators)+len(m.targets)+len(m.published)+16)
	memo := m.search.of(m.lang())
	add := func(kind, code, title, url string, text ...string) {
		items = append(items, m.searchItem(memo, kind, code, title, url, text))
	}
	for _, t := range m.targets {
		add(searchTarget, "", m.words.T("target_title", "n", t.Number, "name", t.Name), m.routes.Target(t.Number), t.Text)
		for _, a := range t.Indicators {
			d := a.Definition
			add(searchIndicator, d.Code, d.Code+". "+d.Name, m.indicatorURL(a), d.Quote, d.Definition, t.Name)
		}
	}
	for _, t := range m.Programme.Tasks {
		var paras []string
		for _, p := range t.Paras {
			paras = append(paras, p.Text)
		}
		add(searchTask, "", m.ordinal(t.Number)+": "+vi.Capitalise(t.Title), m.routes.Task(t.Number), paras...)
	}
	for _, p := range m.news {
		add(searchNews, "", p.Title, m.routes.Local(p.URL()), append([]string{p.Summary}, p.Tags...)...)
	}
	for _, p := range m.pages {
		add(searchPage, "", p.Title, m.routes.Local(p.URL()), append([]string{p.Summary}, p.Tags...)...)
	}
	for _, s := range m.sections {
		if s.Name == newsSection {
			continue
		}
		for _, p := range s.Pages {
			add(searchPage, "", p.Title, m.routes.Local(p.URL()), append([]string{p.Summary}, p.Tags...)...)
		}
	}
	memo.done()
	return memo.index(items)
}

func (m *model) searchItem(memo *searchLang, kind, code, title, url string, text []string) searchItem {
	return searchItem{Kind: kind, Code: code, Title: title, URL: m.base.Href(url), Words: memo.words(m.Theme.Abbreviations, title, text)}
}

// searchWords are the Words of an item: the folded words of text that
// title lacks, each once, then the abbreviations of what they hold.
func searchWords(abbrevs []theme.Abbreviation, title string, text []string) string {
	seen := map[string]bool{}
	for _, w := range strings.Fields(searchKey(title)) {
		seen[w] = true
	}
	var words []string
	for _, t := range text {
		for _, w := range strings.Fields(searchKey(t)) {
			if !seen[w] {
				seen[w] = true
				words = append(words, w)
			}
		}
	}
	// An abbreviation is one more word of every item whose text holds what
	// it stands for, as whole words.
	all := " " + searchKey(title+" "+strings.Join(text, " ")) + " "
	for _, ab := range abbrevs {
		if !seen[ab.Short] && strings.Contains(all, " "+searchKey(ab.Long)+" ") {
			seen[ab.Short] = true
			words = append(words, ab.Short)
		}
	}
	return strings.Join(words, " ")
}

// A searchMemo keeps, for the preview, what the last build of each
// edition made of its search index: the Words of every item by what they
// are made of (folding the words of ten thousand pages takes longer than
// the rest of a rebuild), and the index's items and JSON, which a build
// whose items are all the same takes as they were. Editions are kept
// apart: each has its own titles, and one edition's build would otherwise
// push the other's words out. It is not for builds that run at the same
// time.
type searchMemo struct {
	langs map[string]*searchLang
}

type searchLang struct {
	abbrevs   []theme.Abbreviation
	last, now map[uint64]string
	key       maphash.Hash
	items     []searchItem // the last index, and its JSON
	json      []byte
}

// of returns the memo of the edition in lang; a nil memo has none.
func (s *searchMemo) of(lang string) *searchLang {
	if s == nil {
		return nil
	}
	if s.langs == nil {
		s.langs = map[string]*searchLang{}
	}
	l := s.langs[lang]
	if l == nil {
		l = &searchLang{}
		l.key.SetSeed(seed)
		s.langs[lang] = l
	}
	return l
}

// words returns searchWords(abbrevs, title, text), from the last build
// when it had the item. A nil memo folds every time.
func (s *searchLang) words(abbrevs []theme.Abbreviation, title string, text []string) string {
	if s == nil {
		return searchWords(abbrevs, title, text)
	}
	if s.now == nil { // the first item of a build
		if !slices.Equal(abbrevs, s.abbrevs) {
			s.last = nil
		}
		s.abbrevs, s.now = abbrevs, make(map[uint64]string, len(s.last))
	}
	// The item is known by a 64-bit hash of its texts, each with its
	// length, as pages are by their fingerprint (fingerprint.go): the
	// texts of ten thousand items joined into keys would be garbage.
	s.key.Reset()
	s.text(title)
	for _, t := range text {
		s.text(t)
	}
	key := s.key.Sum64()
	w, ok := s.now[key]
	if !ok {
		if w, ok = s.last[key]; !ok {
			w = searchWords(abbrevs, title, text)
		}
		s.now[key] = w
	}
	return w
}

// text adds t and its length to the key.
func (s *searchLang) text(t string) {
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(t)))
	s.key.Write(n[:])
	s.key.WriteString(t)
}

// done ends a build's use of the memo: what it did not ask for goes.
func (s *searchLang) done() {
	if s != nil && s.now != nil {
		s.last, s.now = s.now, nil
	}
}

// index returns the JSON of items, the last build's when its items were
// the same.
func (s *searchLang) index(items []searchItem) ([]byte, error) {
	if s != nil && s.json != nil && slices.Equal(items, s.items) {
		return s.json, nil
	}
	b, err := json.Marshal(searchIndex{Items: items})
	if err != nil {
		return nil, err
	}
	b = append(b, '\n')
	if s != nil {
		s.items, s.json = items, b
	}
	return b, nil
}

func (m *model) searchView() SearchView {
	var v SearchView
	for _, t := range m.targets {
		st := SearchTarget{Number: t.Number, Name: t.Name, NameLang: t.NameLang, URL: m.routes.Target(t.Number)}
		for _, a := range t.Indicators {
			st.Indicators = append(st.Indicators, m.badge(a))
		}
		v.Targets = append(v.Targets, st)
	}
	for _, t := range m.Programme.Tasks {
		v.Tasks = append(v.Tasks, Link{URL: m.routes.Task(t.Number), Label: m.ordinal(t.Number) + ": " + vi.Capitalise(t.Title)})
	}
	// The menu's pages and sections: a list of every page would grow
	// with the site.
	v.Pages = m.nav[fixedMenuLen:]
	return v
}
