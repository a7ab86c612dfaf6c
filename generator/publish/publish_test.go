package publish

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

// newSite makes a site folder with its input folders, inside a temporary
// folder that tests may also publish into.
func newSite(t *testing.T) (tmp, site string) {
	t.Helper()
	tmp = t.TempDir()
	site = filepath.Join(tmp, "trang")
	for _, d := range []string{"content", "data", "themes/default", "seeds", ".git"} {
		if err := os.MkdirAll(filepath.Join(site, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(site, "config.toml"), []byte("title = \"x\"\n"), 0o644)
	os.WriteFile(filepath.Join(site, "content", "gioi-thieu.md"), []byte("+++\n+++\n"), 0o644)
	return tmp, site
}

func version(name string, n int) map[string][]byte {
	files := map[string][]byte{"index.html": []byte("<h1>" + name + "</h1>")}
	for i := 0; i < n; i++ {
		files[fmt.Sprintf("chi-tieu/%d/%d/index.html", i%10, i)] = []byte(strings.Repeat(name, 200+i%50))
	}
	return files
}

// tree hashes every file under dir but the marker, by relative path.
func tree(dir string) string {
	h := sha256.New()
	var paths []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			paths = append(paths, p)
		}
		return nil
	})
	sort.Strings(paths)
	for _, p := range paths {
		rel, _ := filepath.Rel(dir, p)
		if rel == Marker {
			continue
		}
		data, _ := os.ReadFile(p)
		fmt.Fprintf(h, "%s\x00%x\x00", filepath.ToSlash(rel), sha256.Sum256(data))
	}
	return hex.EncodeToString(h.Sum(nil))
}

func sum(files map[string][]byte) string {
	dir, _ := os.MkdirTemp("", "sum")
	defer os.RemoveAll(dir)
	for p, b := range files {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), b, 0o644)
	}
	return tree(dir)
}

func staging(t *testing.T, parent string) []string {
	t.Helper()
	left, _ := filepath.Glob(filepath.Join(parent, ".*-new-*"))
	return left
}

// TestGuard refuses output folders that are, contain or lie inside the
// site's own folders, whatever way they are written.
func TestGuard(t *testing.T) {
	tmp, site := newSite(t)
	os.Symlink(site, filepath.Join(tmp, "link-to-site"))
	for _, tc := range []struct {
		out string
		ok  bool
	}{
		{site, false},
		{site + "/.", false},
		{filepath.Join(site, "content", ".."), false},
		{tmp, false},
		{"/", false},
		{filepath.Join(tmp, "link-to-site"), false},
		{filepath.Join(site, "content"), false},
		{filepath.Join(site, "content", "anh"), false},
		{filepath.Join(site, "data"), false},
		{filepath.Join(site, "themes", "default"), false},
		{filepath.Join(site, "seeds"), false},
		{filepath.Join(site, ".git"), false},
		{filepath.Join(site, "generator"), false},
		{filepath.Join(site, "public"), true},
		{filepath.Join(site, "dist", "web"), true},
		{filepath.Join(tmp, "elsewhere"), true},
	} {
		err := guard(tc.out, site)
		if (err == nil) != tc.ok {
			t.Errorf("guard(%s): %v, want ok=%v", tc.out, err, tc.ok)
		}
	}
}

// TestNeverWritesOverTheSite is what `build -out "$PWD"` and `-out content`
// did: the site's files must all still be there afterwards.
func TestNeverWritesOverTheSite(t *testing.T) {
	_, site := newSite(t)
	before := tree(site)
	for _, out := range []string{site, filepath.Join(site, "content")} {
		err := Write(version("a", 3), out, Options{Site: site})
		if err == nil || !strings.Contains(err.Error(), "không thể ghi kết quả vào") {
			t.Errorf("Write(-out %s) = %v, want a refusal", out, err)
		}
	}
	if tree(site) != before {
		t.Error("the site's files changed")
	}
}

// TestOnlyOwnFolders refuses a folder minhbach did not write, and one it
// wrote where someone has added a file since, leaving both as they were.
func TestOnlyOwnFolders(t *testing.T) {
	tmp, site := newSite(t)
	foreign := filepath.Join(tmp, "tai-lieu")
	os.MkdirAll(foreign, 0o755)
	os.WriteFile(filepath.Join(foreign, "bao-cao.docx"), []byte("quan trọng"), 0o644)
	err := Write(version("a", 3), foreign, Options{Site: site})
	if err == nil || !strings.Contains(err.Error(), "không phải do minhbach tạo") {
		t.Fatalf("Write into a foreign folder = %v, want a refusal", err)
	}
	if b, _ := os.ReadFile(filepath.Join(foreign, "bao-cao.docx")); string(b) != "quan trọng" {
		t.Fatal("the foreign file changed")
	}

	out := filepath.Join(site, "public")
	if err := Write(version("a", 3), out, Options{Site: site}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(out, "CNAME"), []byte("minhbach.example.vn"), 0o644)
	err = Write(version("b", 3), out, Options{Site: site})
	if err == nil || !strings.Contains(err.Error(), "CNAME") || !strings.Contains(err.Error(), "content/") {
		t.Fatalf("Write over an added file = %v, want a refusal naming it", err)
	}
	if tree(out) == sum(version("b", 3)) {
		t.Fatal("the site was replaced although it held a foreign file")
	}
	os.Remove(filepath.Join(out, "CNAME"))
	if err := Write(version("b", 3), out, Options{Site: site}); err != nil {
		t.Fatal(err)
	}
	if tree(out) != sum(version("b", 3)) {
		t.Error("the new site is not what was written")
	}
	if left := staging(t, site); len(left) > 0 {
		t.Errorf("staging folders left: %v", left)
	}
	if err := Write(version("c", 1), filepath.Join(tmp, "moi"), Options{Site: site}); err != nil {
		t.Errorf("a new folder: %v", err)
	}
	os.MkdirAll(filepath.Join(tmp, "trong"), 0o755)
	if err := Write(version("c", 1), filepath.Join(tmp, "trong"), Options{Site: site}); err != nil {
		t.Errorf("an empty folder: %v", err)
	}
}

// TestRemovesStaleStaging removes what killed builds left, and only that.
func TestRemovesStaleStaging(t *testing.T) {
	_, site := newSite(t)
	ours := filepath.Join(site, ".public-new-111")
	os.MkdirAll(filepath.Join(ours, "chi-tieu"), 0o755)
	os.WriteFile(filepath.Join(ours, Marker), []byte(markerHead), 0o644)
	os.WriteFile(filepath.Join(ours, "chi-tieu", "x.html"), []byte("dở dang"), 0o644)
	empty := filepath.Join(site, ".public-new-222")
	os.MkdirAll(empty, 0o755)
	theirs := filepath.Join(site, ".public-new-333")
	os.MkdirAll(theirs, 0o755)
	os.WriteFile(filepath.Join(theirs, "ghi-chu.txt"), []byte("của ai đó"), 0o644)

	if err := Write(version("a", 3), filepath.Join(site, "public"), Options{Site: site}); err != nil {
		t.Fatal(err)
	}
	left := staging(t, site)
	if len(left) != 1 || left[0] != theirs {
		t.Errorf("staging folders left: %v, want only %s", left, theirs)
	}
}

// TestConcurrentBuilds publishes four sites at once: each waits its turn,
// the folder ends with one whole site, and no staging folder is left.
func TestConcurrentBuilds(t *testing.T) {
	_, site := newSite(t)
	out := filepath.Join(site, "public")
	sums := map[string]bool{}
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		v := version(string(rune('a'+i)), 200)
		sums[sum(v)] = true
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = Write(v, out, Options{Site: site})
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("build %d: %v", i, err)
		}
	}
	if !sums[tree(out)] {
		t.Error("the folder holds a mixture of builds")
	}
	if left := staging(t, site); len(left) > 0 {
		t.Errorf("staging folders left: %v", left)
	}
}

// TestRejectsBadPaths keeps every output path inside the folder.
func TestRejectsBadPaths(t *testing.T) {
	tmp, site := newSite(t)
	for _, p := range []string{"../x", "/etc/x", `a\b`, Marker, "a/../../b"} {
		if err := Write(map[string][]byte{p: nil}, filepath.Join(tmp, "out"), Options{Site: site}); err == nil {
			t.Errorf("path %q accepted", p)
		}
	}
}

// TestFailedWriteKeepsOldSite: a write that fails leaves the previous site
// as it was, and nothing outside the folder.
func TestFailedWriteKeepsOldSite(t *testing.T) {
	tmp, site := newSite(t)
	dir := filepath.Join(tmp, "public")
	if err := Write(map[string][]byte{"index.html": []byte("một"), "a/b.html": []byte("b")}, dir, Options{Site: site}); err != nil {
		t.Fatal(err)
	}
	if err := Write(map[string][]byte{"index.html": []byte("hai")}, dir, Options{Site: site}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "index.html")); string(got) != "hai" {
		t.Errorf("index.html = %q after the second write", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "a", "b.html")); err == nil {
		t.Error("a file of the old site survived the swap")
	}
	// A file that cannot be written: its folder's name is taken by a file.
	bad := map[string][]byte{"index.html": []byte("ba"), "x": nil, "x/y.html": nil}
	if err := Write(bad, dir, Options{Site: site}); err == nil {
		t.Fatal("an impossible site was published")
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "index.html")); string(got) != "hai" {
		t.Errorf("a failed write changed index.html to %q", got)
	}
	if left := staging(t, tmp); len(left) > 0 {
		t.Errorf("staging folders left behind: %v", left)
	}
}
