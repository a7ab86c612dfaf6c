package urls

import "strconv"

// Routes is the table of the site's paths: every page the generator makes
// has its path here and nowhere else, built from the config (the vision
// year names its page) and, for an edition other than the main one, under
// the edition's language ("/en/chi-tieu/8/"). Editions share slugs, so one
// table serves them all and a page's translation is its path with another
// prefix. The open data, the assets and the feed belong to no edition:
// their paths have no prefix.
//
//	/                        home
//	/chuong-trinh/           the programme's text (#chi-tieu-N, #nhiem-vu-N)
//	/tam-nhin-<vision>/      the vision
//	/chi-tieu/N/             a target; /chi-tieu/N/N-M/ an indicator, …/nhung/ its embed
//	/nhiem-vu/N/             a task group
//	/<section>/              a section's list; /<section>/trang/P/ its page P
//	/du-lieu/                the open-data page; its files are Data(name)
//	/tim-kiem/               search
//	/bao-cao-tien-do/        the printable report of every target
//	/404.html                not found
type Routes struct {
	// Lang is the edition's language, "" for the main one at the root.
	Lang string
	// VisionYear is the vision year, which names the vision's page.
	VisionYear int
}

// In returns the table of the edition in lang; main is the site's first
// language, whose pages have no prefix.
func (r Routes) In(lang, main string) Routes {
	if lang == main {
		lang = ""
	}
	return Routes{Lang: lang, VisionYear: r.VisionYear}
}

// Prefix is what the edition's paths start with: "" or "/en".
func (r Routes) Prefix() string {
	if r.Lang == "" {
		return ""
	}
	return "/" + r.Lang
}

// Local returns a path of the main edition ("/gioi-thieu/", a content
// page's) as this edition has it.
func (r Routes) Local(p string) string { return r.Prefix() + p }

// Fixed first segments of the generated pages' paths, which content files
// may not take.
const (
	programmeDir = "chuong-trinh"
	targetDir    = "chi-tieu"
	taskDir      = "nhiem-vu"
	dataDir      = "du-lieu"
	searchDir    = "tim-kiem"
	reportDir    = "bao-cao-tien-do"
	assetsDir    = "assets"
	embedDir     = "nhung"
	pageDir      = "trang"
)

// Home is the home page.
func (r Routes) Home() string { return r.Local("/") }

// Programme is the programme's text.
func (r Routes) Programme() string { return r.Local("/" + programmeDir + "/") }

// ProgrammeTarget is target n in the programme's text.
func (r Routes) ProgrammeTarget(n int) string {
	return r.Programme() + "#chi-tieu-" + strconv.Itoa(n)
}

// VisionDir is the vision page's folder, "tam-nhin-2045".
func (r Routes) VisionDir() string { return "tam-nhin-" + strconv.Itoa(r.VisionYear) }

// Vision is the vision's page.
func (r Routes) Vision() string { return r.Local("/" + r.VisionDir() + "/") }

// Target is target n's page.
func (r Routes) Target(n int) string { return r.Local("/" + targetDir + "/" + strconv.Itoa(n) + "/") }

// Indicator is the page of the indicator of target n with slug ("8-6").
func (r Routes) Indicator(n int, slug string) string { return r.Target(n) + slug + "/" }

// Embed is the embed page of the indicator whose page is at indicator.
func (r Routes) Embed(indicator string) string { return indicator + embedDir + "/" }

// Task is task group n's page.
func (r Routes) Task(n int) string { return r.Local("/" + taskDir + "/" + strconv.Itoa(n) + "/") }

// List is page p (from 1) of the list of a section's pages.
func (r Routes) List(section string, p int) string {
	if p <= 1 {
		return r.Local("/" + section + "/")
	}
	return r.Local("/" + section + "/" + pageDir + "/" + strconv.Itoa(p) + "/")
}

// DataPage is the open-data page.
func (r Routes) DataPage() string { return r.Local("/" + dataDir + "/") }

// Data is the open-data file name, the same for every edition.
func (r Routes) Data(name string) string { return "/" + dataDir + "/" + name }

// Report is the printable report of every target.
func (r Routes) Report() string { return r.Local("/" + reportDir + "/") }

// Search is the search page.
func (r Routes) Search() string { return r.Local("/" + searchDir + "/") }

// NotFound is the page hosts show for a missing path.
func (r Routes) NotFound() string { return r.Local("/404.html") }

// Feed is the news feed of the news section, one for the site.
func (r Routes) Feed(section string) string { return "/" + section + "/index.xml" }

// Reserved are the first segments of the generated paths, and the other
// editions' languages: a content file or folder of that name would collide.
func (r Routes) Reserved(langs []string) map[string]bool {
	out := map[string]bool{programmeDir: true, r.VisionDir(): true, dataDir: true, targetDir: true, taskDir: true, assetsDir: true, reportDir: true, searchDir: true}
	for _, l := range langs[min(1, len(langs)):] {
		out[l] = true
	}
	return out
}

// File is the output file of the page at site path p: "chi-tieu/8/index.html".
func File(p string) string {
	if len(p) > 5 && p[len(p)-5:] == ".html" {
		return p[1:]
	}
	return p[1:] + "index.html"
}
