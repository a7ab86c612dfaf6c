package site

import (
	"sync"
	"time"
)

// A dateMemo keeps the dates a build has written, by edition and day: a
// big site writes each page's date in its list, on its page and in the
// news of its targets, in every edition, and filling the theme's
// date_format builds a strings.Replacer each time (a quarter of a
// preview rebuild's CPU). A site has far fewer days than pages. The
// words of an edition are fixed for a build, and a model (with its memo)
// lasts one build, so the memo never holds another theme's words.
type dateMemo struct {
	mu    sync.Mutex // indicator views are made on every core
	dates map[dateKey]string
}

// dateKey is what a written date depends on: the edition's language and
// the day as t's own location gives it (date reads nothing else of t).
type dateKey struct {
	lang             string
	year, month, day int
}

// date returns the date written by write, once per edition and day.
func (d *dateMemo) date(lang string, t time.Time, write func(time.Time) string) string {
	year, month, day := t.Date() // once: each of Year, Month and Day works out all three
	k := dateKey{lang: lang, year: year, month: int(month), day: day}
	d.mu.Lock()
	s, ok := d.dates[k]
	d.mu.Unlock()
	if ok {
		return s
	}
	s = write(t)
	d.mu.Lock()
	if d.dates == nil {
		d.dates = map[dateKey]string{}
	}
	d.dates[k] = s
	d.mu.Unlock()
	return s
}
