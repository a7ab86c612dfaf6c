package theme

import (
	"bytes"
	"fmt"
	"html/template"
	"reflect"
	"slices"
	"sync"
)

// Cached partials. Every page of a site repeats its header, menu and
// footer, and executing them was a third of a build's time (BENCHMARKS.md).
// A layout writes {{cached "site-menu" (dict "Nav" .Nav …)}} to have the
// partial "site-menu" executed once per edition for each distinct value of
// its argument, and the HTML of the first time reused for every page
// that passes an equal one. The partial can read only its argument and the
// theme's functions, so equal arguments give equal HTML: the cache never
// changes a page, it only spares executing it again.

// cachedMax bounds how many distinct arguments one edition keeps: a
// partial given something of every page (its title) would otherwise keep
// a copy of each; past the bound it is executed each time.
const cachedMax = 4096

// partialCache is one edition's cached partials, executed in set: the
// partials of layouts/partials and base.html, which every layout shares.
type partialCache struct {
	set *template.Template
	mu  sync.Mutex
	// by the partial's name and its argument printed with %#v (equal
	// arguments print alike); an argument printed alike but unequal (one
	// that holds pointers to equal values) is told apart by DeepEqual.
	byKey map[string][]cachedHTML
	n     int
	// recent are the last few found, newest first: pages are rendered in
	// order, so the next page most often passes what the last one did,
	// and comparing is cheaper than printing the key.
	recent []cachedHTML
}

// recentMax is how many of the last found arguments are compared first.
const recentMax = 8

type cachedHTML struct {
	name string
	arg  any
	html template.HTML
}

// cached returns the HTML of partial name executed with arg in lang.
func (th *Theme) cached(lang, name string, arg any) (template.HTML, error) {
	c := th.partials[lang]
	if c == nil {
		c = th.partials[DefaultLanguage]
	}
	html, key, ok := c.find(name, arg)
	if ok {
		return html, nil
	}
	var buf bytes.Buffer
	if err := c.set.ExecuteTemplate(&buf, name, arg); err != nil {
		return "", err
	}
	e := cachedHTML{name, arg, template.HTML(buf.String())}
	c.mu.Lock()
	if c.n < cachedMax {
		c.byKey[key] = append(c.byKey[key], e)
		c.n++
	}
	c.mu.Unlock()
	return e.html, nil
}

// find returns the HTML of name executed with an argument equal to arg,
// if it has it, and otherwise the key to keep it by. The key is printed
// only when none of the recent arguments is equal, and not under the lock.
func (c *partialCache) find(name string, arg any) (html template.HTML, key string, ok bool) {
	same := func(e cachedHTML) bool { return e.name == name && reflect.DeepEqual(e.arg, arg) }
	c.mu.Lock()
	i := slices.IndexFunc(c.recent, same)
	if i >= 0 {
		html = c.recent[i].html
		c.promote(c.recent[i], i)
	}
	c.mu.Unlock()
	if i >= 0 {
		return html, "", true
	}
	key = fmt.Sprintf("%s\x00%#v", name, arg)
	c.mu.Lock()
	defer c.mu.Unlock()
	if j := slices.IndexFunc(c.byKey[key], same); j >= 0 {
		e := c.byKey[key][j]
		c.promote(e, len(c.recent))
		return e.html, key, true
	}
	return "", key, false
}

// promote puts e first among the recent arguments; at is where it was in
// them, or len(c.recent) when it was not one of them.
func (c *partialCache) promote(e cachedHTML, at int) {
	if at == len(c.recent) {
		if len(c.recent) < recentMax {
			c.recent = append(c.recent, cachedHTML{})
		} else {
			at = len(c.recent) - 1 // the oldest goes
		}
	}
	copy(c.recent[1:at+1], c.recent[:at])
	c.recent[0] = e
}

// forgetCached empties every edition's cache: an asset added or replaced
// changes what the asset function gives.
func (th *Theme) forgetCached() {
	for _, c := range th.partials {
		c.mu.Lock()
		c.byKey, c.n, c.recent = map[string][]cachedHTML{}, 0, nil
		c.mu.Unlock()
	}
}

// dict makes the argument of a partial from keys and values:
// (dict "Nav" .Nav "Kind" .Kind).
func dict(pairs ...any) (map[string]any, error) {
	if len(pairs)%2 != 0 {
		return nil, fmt.Errorf("dict cần từng cặp khoá và giá trị; ở đây có %d đối số", len(pairs))
	}
	m := make(map[string]any, len(pairs)/2)
	for i := 0; i < len(pairs); i += 2 {
		k, ok := pairs[i].(string)
		if !ok {
			return nil, fmt.Errorf("khoá thứ %d của dict phải là chuỗi trong ngoặc kép, không phải %v", i/2+1, pairs[i])
		}
		m[k] = pairs[i+1]
	}
	return m, nil
}
