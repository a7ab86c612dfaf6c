package site

import (
	"bytes"
	"fmt"
	"maps"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/minhbach/minhbach/generator/chartsvg"
	"github.com/minhbach/minhbach/generator/config"
)

// TestRebuilderSameAsFullBuild makes random series of the edits staff make
// in the preview (a page's body, title, date or draft flag, a page moved to
// another section, added, deleted or translated, an indicator named in a
// page, a figure changed or a year added to a CSV, a template, a string of
// the theme or the site's title changed) and, after each, compares every file the
// Rebuilder gives with a fresh full build's, byte for byte. An edit that
// breaks the build must break both alike; it is then undone, as staff
// would, and the series goes on.
func TestRebuilderSameAsFullBuild(t *testing.T) {
	for seed := range uint64(2) {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			fsys := bigSite(t, 24, 3)
			r := rand.New(rand.NewPCG(seed, 17))
			rb := NewRebuilder(fsys)
			rb.KeepFiles() // as the preview does, told what changed
			// The full builds share drawings only, which are a function
			// of their chart's option (TestCacheSameAsFullBuild builds
			// without); drawing every chart each time would take most
			// of the test.
			full := Options{Charts: &chartsvg.Cache{}}
			for step := range 12 {
				name, changed, undo := randomEdit(r, fsys, step)
				rb.Changed(changed)
				want, werr := Build(fsys, full)
				got, gerr := rb.Build(Options{})
				what := fmt.Sprintf("step %d (%s)", step, name)
				if !sameBuild(t, what, want, werr, got, gerr) {
					return
				}
				if werr != nil {
					undo()
					rb.Changed(changed)
					want, werr = Build(fsys, full)
					got, gerr = rb.Build(Options{})
					if werr != nil || !sameBuild(t, what+", undone", want, werr, got, gerr) {
						t.Fatalf("%s, undone: %v", what, werr)
					}
				}
			}
		})
	}
}

// TestRebuilderRendersWhatChanged: after an edit, the Rebuilder executes
// the templates of the pages whose Frame changed and of no other.
func TestRebuilderRendersWhatChanged(t *testing.T) {
	fsys := bigSite(t, 24, 3)
	page := "content/thong-bao/bai-00001.md"
	body := func(n int) { fsys[page] = &fstest.MapFile{Data: fmt.Appendf(bigPage(1), "\nSửa lần %d.\n", n)} }
	title := func(n int) {
		fsys[page] = &fstest.MapFile{Data: titleLine.ReplaceAll(bigPage(1), fmt.Appendf(nil, `title = "Tên mới %d"`, n))}
	}
	rb := NewRebuilder(fsys)
	all, err := rb.Build(Options{})
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	// A page untranslated shows its Vietnamese body in every edition.
	editions := len(cfg.Languages)
	for _, c := range []struct {
		name string
		edit func(n int)
		want int
	}{
		{"nothing", func(int) {}, 0},
		{"a page's body", body, editions},
		// The search index's name, which every page links, holds a hash
		// of the titles it lists.
		{"a page's title", title, all.Pages},
	} {
		c.edit(2)
		if _, err := rb.Build(Options{}); err != nil {
			t.Fatal(err)
		}
		if got := rb.cache.renders.executed; got != c.want {
			t.Errorf("after an edit of %s, %d pages rendered, want %d", c.name, got, c.want)
		}
	}
}

// TestRebuilderFindsLinksBrokenElsewhere: a page that did not change still
// has its links checked, against the pages of this build: deleting the
// page it links to breaks it, as in a full build.
func TestRebuilderFindsLinksBrokenElsewhere(t *testing.T) {
	fsys := bigSite(t, 4, 1)
	from, to := "content/tin-tuc/bai-00000.md", "content/tin-tuc/bai-00001.md"
	fsys[from].Data = fmt.Appendf(bytes.Clone(fsys[from].Data), "\nXem [bài khác](%s).\n", pageURL(to))
	rb := NewRebuilder(fsys)
	rb.KeepFiles()
	if _, err := rb.Build(Options{}); err != nil {
		t.Fatal(err)
	}
	delete(fsys, to)
	rb.Changed([]string{to})
	_, err := rb.Build(Options{})
	want := from + ":"
	if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), pageURL(to)) {
		t.Fatalf("after deleting %s, the rebuild's error is %v; want the link in %s", to, err, from)
	}
	_, werr := Build(fsys, Options{})
	sameBuild(t, "after deleting "+to, nil, werr, nil, err)
}

// sameBuild reports whether two builds gave the same files or the same
// errors, and says where they differ.
func sameBuild(t *testing.T, what string, want *Output, werr error, got *Output, gerr error) bool {
	t.Helper()
	if werr != nil || gerr != nil {
		if werr == nil || gerr == nil || werr.Error() != gerr.Error() {
			t.Errorf("%s: the full build's error\n%v\nthe rebuild's\n%v", what, werr, gerr)
			return false
		}
		return true
	}
	ok := got.Len() == want.Len() && got.Pages == want.Pages
	if !ok {
		t.Errorf("%s: %d files and %d pages rebuilt, %d and %d built", what, got.Len(), got.Pages, want.Len(), want.Pages)
	}
	for _, p := range want.Paths() {
		if b, _ := got.File(p); !bytes.Equal(b, want.Files[p]) {
			t.Errorf("%s: %s differs from the full build's", what, p)
			ok = false
		}
	}
	return ok
}

var (
	titleLine = regexp.MustCompile(`(?m)^title = ".*"$`)
	dateLine  = regexp.MustCompile(`(?m)^date = .*$`)
	// the site's title in config.toml, and a string of the theme
	siteTitleLine = regexp.MustCompile(`(?m)^title\s*=\s*".*"$`)
	publishedLine = regexp.MustCompile(`(?m)^published\s*=\s*".*"$`)
)

// randomEdit makes one random edit to fsys and returns what it was, the
// files it changed, and how to undo it.
func randomEdit(r *rand.Rand, fsys fstest.MapFS, step int) (string, []string, func()) {
	pages := filesUnder(fsys, "content/", ".md", "_index.md")
	csvs := filesUnder(fsys, "data/", ".csv", "")
	page := pages[r.IntN(len(pages))]
	before := map[string]*fstest.MapFile{}
	change := func(name string, data []byte) {
		if _, seen := before[name]; !seen {
			before[name] = fsys[name]
		}
		if data == nil {
			delete(fsys, name)
		} else {
			fsys[name] = &fstest.MapFile{Data: data}
		}
	}
	undo := func() {
		for name, f := range before {
			if f == nil {
				delete(fsys, name)
			} else {
				fsys[name] = f
			}
		}
	}
	src := fsys[page].Data
	var name string
	switch kind := r.IntN(15); kind {
	case 0:
		name = "edit the body of " + page
		change(page, fmt.Appendf(bytes.Clone(src), "\nThêm câu thứ %d.\n", step))
	case 1:
		name = "retitle " + page
		change(page, titleLine.ReplaceAll(src, fmt.Appendf(nil, `title = "Tiêu đề mới %d"`, step)))
	case 2:
		name = "redate " + page
		change(page, dateLine.ReplaceAll(src, fmt.Appendf(nil, "date = 20%02d-%02d-%02d", 19+r.IntN(7), 1+r.IntN(12), 1+r.IntN(28))))
	case 3:
		name = "draft or publish " + page
		if bytes.Contains(src, []byte("\ndraft = true\n")) {
			change(page, bytes.Replace(src, []byte("\ndraft = true\n"), []byte("\n"), 1))
		} else {
			change(page, bytes.Replace(src, []byte("+++\n"), []byte("+++\ndraft = true\n"), 1))
		}
	case 4:
		to := "content/" + benchSections[r.IntN(3)] + "/" + page[strings.LastIndexByte(page, '/')+1:]
		name = "move " + page + " to " + to
		if to != page {
			change(to, src)
			change(page, nil)
		}
	case 5:
		add := fmt.Sprintf("content/%s/moi-%d.md", benchSections[r.IntN(3)], step)
		name = "add " + add
		change(add, fmt.Appendf(nil, "+++\ntitle = \"Bài mới %d\"\ndate = 2024-05-%02d\n+++\nNội dung, với {{< chart \"1.1\" >}}\n", step, 1+step))
	case 6:
		name = "delete " + page
		change(page, nil)
	case 7, 8:
		csv := csvs[r.IntN(len(csvs))]
		name = "change a figure of " + csv
		if kind == 8 {
			name = "add a year to " + csv
		}
		change(csv, editCSV(fsys[csv].Data, kind == 8, r))
	case 9:
		layout := "themes/default/layouts/" + []string{"page.html", "list.html", "base.html", "indicator.html"}[r.IntN(4)]
		name = "edit " + layout
		change(layout, fmt.Appendf(bytes.Clone(fsys[layout].Data), "{{/* sửa lần %d */}}\n", step))
	case 10:
		// A link to another page, which a later move or deletion
		// breaks while this page stays as it is.
		to := pages[r.IntN(len(pages))]
		name = "link " + page + " to " + to
		change(page, fmt.Appendf(bytes.Clone(src), "\nXem [bài khác](%s).\n", pageURL(to)))
	default:
		name = editMore(kind, r, fsys, page, csvs, step, change)
	}
	return name, slices.Collect(maps.Keys(before)), undo
}

// editMore makes the edits of randomEdit's kinds 11 to 14, which reach
// past one page: an indicator named in page, the site's title, a string
// of the theme, a translation of page made or deleted. It returns what it
// did.
func editMore(kind int, r *rand.Rand, fsys fstest.MapFS, page string, csvs []string, step int, change func(string, []byte)) string {
	src := fsys[page].Data
	var name string
	switch kind {
	case 11:
		// Its badge then follows the figures of that CSV.
		code := strings.TrimSuffix(strings.TrimPrefix(csvs[r.IntN(len(csvs))], "data/"), ".csv")
		name = "name " + code + " in " + page
		change(page, bytes.Replace(src, []byte("+++\n"), fmt.Appendf(nil, "+++\nindicators = [%q]\n", code), 1))
	case 12:
		name = "retitle the site"
		change("config.toml", siteTitleLine.ReplaceAll(fsys["config.toml"].Data, fmt.Appendf(nil, `title = "Trang số %d"`, step)))
	case 13:
		file := "themes/default/i18n/" + []string{"vi", "en"}[r.IntN(2)] + ".toml"
		name = "reword a string of " + file
		change(file, publishedLine.ReplaceAll(fsys[file].Data, fmt.Appendf(nil, `published = "Ngày %d"`, step)))
	case 14:
		tr := strings.TrimSuffix(page, ".md") + ".en.md"
		name = "translate " + page
		if strings.HasSuffix(page, ".en.md") {
			tr = page
		}
		if fsys[tr] != nil {
			name = "delete the translation of " + page
			change(tr, nil)
		} else {
			change(tr, fmt.Appendf(nil, "+++\ntitle = \"Article %d\"\n+++\nIn English.\n", step))
		}
	}
	return name
}

// pageURL is the site path of a page file of content/.
func pageURL(file string) string {
	return strings.TrimSuffix(strings.TrimPrefix(file, "content"), ".md") + "/"
}

// filesUnder lists the files of fsys under dir ending in ext, but those
// named but, in order.
func filesUnder(fsys fstest.MapFS, dir, ext, but string) []string {
	var out []string
	for name := range fsys {
		if strings.HasPrefix(name, dir) && strings.HasSuffix(name, ext) && (but == "" || !strings.HasSuffix(name, "/"+but)) {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

// editCSV changes the figure of a CSV's last year, or adds the year after
// it with a figure close to it.
func editCSV(data []byte, addYear bool, r *rand.Rand) []byte {
	lines := strings.SplitAfter(strings.TrimRight(string(data), "\n"), "\n")
	last := strings.TrimRight(lines[len(lines)-1], "\n")
	fields := strings.Split(last, ",")
	year, err1 := strconv.Atoi(fields[0])
	value, err2 := strconv.ParseFloat(fields[1], 64)
	if err1 != nil || err2 != nil {
		return append(bytes.Clone(data), "\nhỏng\n"...) // a bad row: the build must fail alike
	}
	fields[1] = strconv.FormatFloat(value+float64(r.IntN(21)-10)/10, 'f', 1, 64)
	if addYear {
		fields[0] = strconv.Itoa(year + 1)
		lines[len(lines)-1] = last + "\n"
	} else {
		lines = lines[:len(lines)-1]
	}
	return []byte(strings.Join(lines, "") + strings.Join(fields, ",") + "\n")
}

// TestRebuilderFollowsBadges: a page that names an indicator shows its
// status; when new figures change the status, the page that did not
// change shows the new one, as in a full build.
func TestRebuilderFollowsBadges(t *testing.T) {
	fsys := bigSite(t, 4, 1)
	page, csv := "content/tin-tuc/bai-00000.md", "data/1.1.csv"
	fsys[page].Data = bytes.Replace(fsys[page].Data, []byte("+++\n"), []byte("+++\nindicators = [\"1.1\"]\n"), 1)
	rb := NewRebuilder(fsys)
	rb.KeepFiles()
	first, err := rb.Build(Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := "tin-tuc/bai-00000/index.html"
	before, _ := first.File(out)
	head := fsys[csv].Data[:bytes.LastIndexByte(bytes.TrimRight(fsys[csv].Data, "\n"), '\n')+1]
	for _, figure := range []string{"0", "1000000"} {
		fsys[csv] = &fstest.MapFile{Data: fmt.Appendf(bytes.Clone(head), "2025,%s,minh họa,,,,\n", figure)}
		rb.Changed([]string{csv})
		want, werr := Build(fsys, Options{})
		got, gerr := rb.Build(Options{})
		if !sameBuild(t, "figure "+figure, want, werr, got, gerr) {
			return
		}
		if page, _ := want.File(out); !bytes.Equal(page, before) {
			return // the badge changed, and the rebuild followed it
		}
	}
	t.Fatalf("no figure of %s changed the badge on %s: the test shows nothing", csv, out)
}
