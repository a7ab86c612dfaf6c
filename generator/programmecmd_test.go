package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/site"
)

const seedFile = "../seeds/chuong-trinh-50-CTr-TU-soc-trang.txt"

// inspect prints the JSON the site publishes as /du-lieu/chuong-trinh.json.
func TestInspect(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if err := run([]string{"inspect", seedFile}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	var model struct {
		Code    string
		Targets []struct{ Indicators []struct{ Kind string } }
		Tasks   []struct{ Title string }
	}
	if err := json.Unmarshal(stdout.Bytes(), &model); err != nil {
		t.Fatal(err)
	}
	if model.Code != "50-CTr/TU" || len(model.Targets) != 11 || len(model.Tasks) != 9 {
		t.Errorf("code %s, %d targets, %d tasks", model.Code, len(model.Targets), len(model.Tasks))
	}
	if !strings.Contains(stderr.String(), "Đã đọc 11 chỉ tiêu, 39 chỉ số, 9 nhóm nhiệm vụ.") {
		t.Errorf("stderr: %s", stderr.String())
	}
	out, err := site.Build(os.DirFS(".."), site.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Files["du-lieu/chuong-trinh.json"], stdout.Bytes()) {
		t.Error("inspect and /du-lieu/chuong-trinh.json differ")
	}
}

func TestImport(t *testing.T) {
	root := t.TempDir()
	importArgs := []string{"import", "-config", filepath.Join(root, "config.toml"), seedFile}
	var stdout, stderr bytes.Buffer
	if err := run(importArgs, &stdout, &stderr); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	defsPath := filepath.Join(root, "data", "indicators.toml")
	first, err := os.ReadFile(defsPath)
	if err != nil {
		t.Fatal(err)
	}
	_, defs, err := indicator.ParseDefinitions(first)
	if err != nil || len(defs) != 39 {
		t.Fatalf("%d definitions, %v", len(defs), err)
	}
	if _, err := os.Stat(filepath.Join(root, "data", "8.6.csv")); err != nil {
		t.Error("no CSV made for 8.6")
	}

	// Staff curate: a new name, a changed value, a comment, one removed.
	curated := strings.Replace(string(first), `name = "Tỷ lệ thất nghiệp chung"`, `name = "Thất nghiệp" # tên ngắn`, 1)
	curated = strings.Replace(curated, "value = 3.0\n", "value = 2.5\n", 1)
	cut := strings.Index(curated, "\n[[indicator]]\ncode = \"11.2\"")
	if cut < 0 {
		t.Fatalf("11.2 not found in:\n%s", curated[len(curated)-400:])
	}
	curated = curated[:cut+1]
	os.WriteFile(defsPath, []byte(curated), 0o644)

	stdout.Reset()
	if err := run(importArgs, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	after, _ := os.ReadFile(defsPath)
	if !strings.HasPrefix(string(after), curated) {
		t.Error("import changed what staff wrote")
	}
	for _, want := range []string{"Khác: 2.1: value trong tệp là 2,5, bản nháp từ văn bản là 3 (giữ nguyên tệp)", "Đã thêm 1 chỉ số vào data/indicators.toml: [11.2]"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, stdout.String())
		}
	}
	if _, defs, err := indicator.ParseDefinitions(after); err != nil || len(defs) != 39 {
		t.Errorf("after the merge: %d definitions, %v", len(defs), err)
	}
}

func TestInspectNoTargets(t *testing.T) {
	f := filepath.Join(t.TempDir(), "thu.txt")
	os.WriteFile(f, []byte("Kính gửi các sở, ngành.\n\nỦy ban nhân dân tỉnh ban hành Kế hoạch số 12/KH-UBND kèm theo.\n"), 0o644)
	var stdout, stderr bytes.Buffer
	if err := run([]string{"inspect", f}, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr.String(), "cảnh báo: không tìm thấy danh sách chỉ tiêu") {
		t.Errorf("no notice: %s", stderr.String())
	}
	var stdout2 bytes.Buffer
	if err := run([]string{"import", "-config", filepath.Join(t.TempDir(), "config.toml"), f}, &stdout2, &stderr); err == nil {
		t.Error("import of a text without targets succeeded")
	}
}
