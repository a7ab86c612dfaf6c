// Package urls turns the site's own paths into the links pages carry.
//
// Inside the generator every page and file has a site path that starts at
// the site's root: "/chi-tieu/8/", "/assets/style.3f2a9c1e.css". A site is
// not always served at a domain's root: a GitHub Pages project site lives
// at https://org.github.io/minhbach/, so its home page is /minhbach/ and
// a root-relative "/chi-tieu/8/" would leave the site. Base.Href puts the
// base URL's path in front of every site path, in templates (the url and
// asset functions), in markdown links and in the chart runtime's address,
// so one rule decides every link. Links that are relative, carry a scheme
// or a host, or point inside the page are left as they are.
package urls

import "strings"

// Base is the path of the site's base URL, with a slash at both ends ("/"
// or "/minhbach/").
type Base string

// Href returns the link for a site path (or any link, passed through).
func (b Base) Href(p string) string {
	if b == "" || b == "/" || !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") {
		return p
	}
	return string(b) + p[1:]
}

// Site returns the site path of an href made by Href, and whether it was
// one: the inverse, for checks that read the pages back.
func (b Base) Site(href string) (string, bool) {
	if !strings.HasPrefix(href, "/") || strings.HasPrefix(href, "//") {
		return "", false
	}
	if b == "" || b == "/" {
		return href, true
	}
	if href+"/" == string(b) {
		return "/", true
	}
	rest, ok := strings.CutPrefix(href, string(b))
	if !ok {
		return "", false
	}
	return "/" + rest, true
}
