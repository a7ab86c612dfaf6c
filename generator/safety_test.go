package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutNeverDeletesInputs runs what deleted a site's folders before:
// -out naming the site itself, one of its folders, or a folder of someone
// else's. Each is refused with exit 1, and every file is still there.
func TestOutNeverDeletesInputs(t *testing.T) {
	root := copySite(t)
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, "luu.txt"), []byte("của người khác"), 0o644)
	before, theirs := snapshot(t, root), snapshot(t, other)
	for _, tc := range []struct{ out, want string }{
		{root, "thư mục của trang"},
		{".", "thư mục của trang"},
		{"content", "thư mục content/"},
		{filepath.Join(root, "data"), "thư mục data/"},
		{other, "không phải do minhbach tạo"},
	} {
		var stdout, stderr bytes.Buffer
		err := run([]string{"build", "-config", filepath.Join(root, "config.toml"), "-out", tc.out}, &stdout, &stderr)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("build -out %s: %v, want an error saying %q", tc.out, err, tc.want)
		}
	}
	after := snapshot(t, root)
	for p, data := range before {
		if after[p] != data {
			t.Errorf("%s changed or went missing", p)
		}
	}
	if len(after) != len(before) {
		t.Errorf("the site had %d files, now %d", len(before), len(after))
	}
	if got := snapshot(t, other); len(got) != len(theirs) || got[filepath.Join(other, "luu.txt")] != "của người khác" {
		t.Errorf("the other folder changed: %v", got)
	}
}

// TestLinksOutsideAreProblems plants links to the build machine's secrets
// in content/ and in the theme's assets: build and check both fail, naming
// each link, and nothing is published.
func TestLinksOutsideAreProblems(t *testing.T) {
	root := copySite(t)
	secret := filepath.Join(t.TempDir(), "bi-mat.txt")
	os.WriteFile(secret, []byte("MINHBACH_SECRET=1"), 0o644)
	links := map[string]string{
		"content/anh/env.txt":              "/proc/self/environ",
		"content/anh/passwd":               "/etc/passwd",
		"themes/default/assets/bi-mat.txt": secret,
		"content/anh/tuong-doi.txt":        "../../../" + filepath.Base(filepath.Dir(secret)) + "/bi-mat.txt",
		"content/anh/anh-chung.svg":        "../../themes/default/assets/favicon.svg", // inside: allowed
		"content/tin-tuc/thu-muc-lien-ket": "../anh",                                  // a folder: not followed
	}
	os.MkdirAll(filepath.Join(root, "content", "anh"), 0o755)
	for p, target := range links {
		if err := os.Symlink(target, filepath.Join(root, p)); err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range [][]string{
		{"build", "-config", filepath.Join(root, "config.toml")},
		{"check", "-config", filepath.Join(root, "config.toml")},
	} {
		var stdout, stderr bytes.Buffer
		err := run(args, &stdout, &stderr)
		if err == nil {
			t.Fatalf("%s passed with links out of the site", args[0])
		}
		msg := err.Error() + stdout.String()
		for _, p := range []string{"content/anh/env.txt", "content/anh/passwd", "themes/default/assets/bi-mat.txt"} {
			if !strings.Contains(msg, p+": đây là liên kết tượng trưng trỏ ra ngoài thư mục của trang") {
				t.Errorf("%s does not name %s:\n%s", args[0], p, msg)
			}
		}
		if !strings.Contains(msg, "content/tin-tuc/thu-muc-lien-ket: đây là liên kết tới thư mục") {
			t.Errorf("%s does not name the folder link:\n%s", args[0], msg)
		}
		if strings.Contains(msg, "content/anh/anh-chung.svg") {
			t.Errorf("%s refused a link that stays inside:\n%s", args[0], msg)
		}
		if strings.Contains(msg, "MINHBACH_SECRET") || strings.Contains(msg, "root:x:") {
			t.Errorf("%s printed a secret", args[0])
		}
	}
	if _, err := os.Stat(filepath.Join(root, "public")); err == nil {
		t.Error("public/ was written")
	}
}
