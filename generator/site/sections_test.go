package site

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// TestSectionsAreLists gives every folder under content/ a paginated list,
// and the header menu the sections and top-level pages, never a section's
// pages: a page's size does not grow with the site.
func TestSectionsAreLists(t *testing.T) {
	fsys := syntheticSite(t, 1, 1, 3, 2)
	put := func(name, data string) { fsys[name] = &fstest.MapFile{Data: []byte(data)} }
	put("content/gioi-thieu.md", "+++\ntitle = \"Giới thiệu\"\n+++\nVề trang.\n")
	put("content/hoi-dap/_index.md", "+++\ntitle = \"Hỏi đáp\"\nweight = -1\n+++\nCâu hỏi thường gặp.\n")
	for i := 1; i <= 12; i++ {
		put(fmt.Sprintf("content/hoi-dap/cau-%02d.md", i), fmt.Sprintf("+++\ntitle = \"Câu hỏi %d\"\n+++\nTrả lời.\n", i))
	}
	put("content/bao-cao/quy-1.md", "+++\ntitle = \"Báo cáo quý 1\"\n+++\nNội dung.\n")
	out, err := Build(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkLinks(t, out)
	home := string(out.Files["index.html"])
	menu := home[strings.Index(home, "<nav"):]
	menu = menu[:strings.Index(menu, "</nav>")]
	// Weight -1 puts Hỏi đáp first; then by file: bao-cao/, gioi-thieu.md.
	want := []string{`href="/hoi-dap/">Hỏi đáp`, `href="/bao-cao/">bao-cao`, `href="/gioi-thieu/">Giới thiệu`}
	at := 0
	for _, w := range want {
		i := strings.Index(menu[at:], w)
		if i < 0 {
			t.Fatalf("menu lacks %s after what came before:\n%s", w, menu)
		}
		at += i
	}
	if strings.Contains(menu, "/hoi-dap/cau-") || strings.Contains(menu, "/bao-cao/quy-1/") || strings.Contains(menu, "/tin-tuc/tin-") {
		t.Errorf("menu lists a section's pages:\n%s", menu)
	}
	tests := []struct {
		path       string
		items      int
		prev, next string
	}{
		{"hoi-dap/index.html", 10, "", "/hoi-dap/trang/2/"},
		{"hoi-dap/trang/2/index.html", 2, "/hoi-dap/", ""},
		{"bao-cao/index.html", 1, "", ""},
	}
	for _, tt := range tests {
		page, ok := out.Files[tt.path]
		if !ok {
			t.Errorf("no %s", tt.path)
			continue
		}
		s := string(page)
		if n := strings.Count(s, "<h2><a href="); n != tt.items {
			t.Errorf("%s lists %d pages, want %d", tt.path, n, tt.items)
		}
		if got := strings.Contains(s, `rel="prev" href="`+tt.prev+`"`); got != (tt.prev != "") {
			t.Errorf("%s: link back to %q is %v", tt.path, tt.prev, got)
		}
		if got := strings.Contains(s, `rel="next" href="`+tt.next+`"`); got != (tt.next != "") {
			t.Errorf("%s: link on to %q is %v", tt.path, tt.next, got)
		}
		if strings.Contains(s, "Nhận tin mới qua RSS") {
			t.Errorf("%s links the news feed", tt.path)
		}
	}
	if _, ok := out.Files["hoi-dap/trang/3/index.html"]; ok {
		t.Error("a third page for 12 items")
	}
	if s := string(out.Files["hoi-dap/cau-01/index.html"]); !strings.Contains(s, `href="/hoi-dap/" aria-current="page"`) {
		t.Error("a section's page does not mark its section in the menu")
	}
}

// TestSectionCollision refuses a top-level page at a section's address.
func TestSectionCollision(t *testing.T) {
	for _, name := range []string{"hoi-dap", "tin-tuc"} {
		fsys := syntheticSite(t, 1, 1, 3, 1)
		fsys["content/"+name+".md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Trang\"\n+++\nx\n")}
		fsys["content/hoi-dap/cau.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Câu\"\n+++\nx\n")}
		_, err := Build(fsys, Options{})
		want := "content/" + name + ".md: địa chỉ /" + name + "/ là danh sách"
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want %q", name, err, want)
		}
	}
}

// TestSectionPagesSearchable keeps a section's pages in the search index,
// though the menu and the search page list only the section.
func TestSectionPagesSearchable(t *testing.T) {
	fsys := syntheticSite(t, 1, 1, 3, 1)
	fsys["content/hoi-dap/cau-mot.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Câu hỏi về thất nghiệp\"\n+++\nx\n")}
	out, err := Build(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var index []byte
	for p, b := range out.Files {
		if strings.HasPrefix(p, "assets/search.") && strings.HasSuffix(p, ".json") {
			index = b
		}
	}
	if !strings.Contains(string(index), `"/hoi-dap/cau-mot/"`) {
		t.Errorf("search index lacks the section's page:\n%.400s", index)
	}
	search := string(out.Files["tim-kiem/index.html"])
	if !strings.Contains(search, `href="/hoi-dap/"`) || strings.Contains(search, `href="/hoi-dap/cau-mot/"`) {
		t.Error("the search page should list the section, not its pages")
	}
}
