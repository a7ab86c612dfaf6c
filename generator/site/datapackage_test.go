package site

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/minhbach/minhbach/generator/indicator"
)

// unzip reads the zip of the open data.
func unzip(t *testing.T, data []byte) (map[string][]byte, []*zip.File) {
	t.Helper()
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, f := range r.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		files[f.Name] = b
	}
	return files, r.File
}

var reName = regexp.MustCompile(`^[a-z0-9._-]+$`)

// tableTypes are the field types of Table Schema v1.
var tableTypes = map[string]bool{"string": true, "number": true, "integer": true, "boolean": true, "object": true,
	"array": true, "date": true, "time": true, "datetime": true, "year": true, "yearmonth": true, "duration": true,
	"geopoint": true, "geojson": true, "any": true}

// TestDataPackage opens the repository's zip as a reader of the data would
// and checks it against the rules of a Frictionless Tabular Data Package:
// every resource names a CSV in the zip, and each CSV's columns are its
// schema's fields, in order, every cell of the type its field says.
func TestDataPackage(t *testing.T) {
	out, err := Build(os.DirFS(repoRoot), Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, entries := unzip(t, out.Files["du-lieu/tat-ca.zip"])
	var names []string
	report := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	for _, f := range entries {
		names = append(names, f.Name)
		if !f.Modified.Equal(report) {
			t.Errorf("%s is dated %s, want the report date %s", f.Name, f.Modified, report)
		}
	}
	if !sort.StringsAreSorted(names) {
		t.Errorf("entries out of order: %v", names)
	}
	for _, name := range []string{"datapackage.json", "chi-so.json", "chuong-trinh.json", "8-6.csv"} {
		if !bytes.Equal(files[name], out.Files["du-lieu/"+name]) {
			t.Errorf("%s in the zip differs from /du-lieu/%s (or is missing)", name, name)
		}
	}
	var pkg dataPackage
	if err := json.Unmarshal(files["datapackage.json"], &pkg); err != nil {
		t.Fatal(err)
	}
	if pkg.Profile != "tabular-data-package" || !reName.MatchString(pkg.Name) || len(pkg.Licenses) != 1 || pkg.Licenses[0].Name != "CC-BY-4.0" || pkg.Licenses[0].Path == "" {
		t.Errorf("package: profile %q, name %q, licences %v", pkg.Profile, pkg.Name, pkg.Licenses)
	}
	if len(pkg.Resources) != 39 {
		t.Errorf("%d resources, want one per indicator (39)", len(pkg.Resources))
	}
	inZip := map[string]bool{}
	for _, r := range pkg.Resources {
		if r.Profile != "tabular-data-resource" || !reName.MatchString(r.Name) || inZip[r.Path] || strings.HasPrefix(r.Path, "/") || strings.Contains(r.Path, "..") {
			t.Errorf("resource %s: profile %q, path %q", r.Name, r.Profile, r.Path)
		}
		inZip[r.Path] = true
		data, ok := files[r.Path]
		if !ok {
			t.Errorf("resource %s: %s is not in the zip", r.Name, r.Path)
			continue
		}
		if r.Bytes != len(data) {
			t.Errorf("%s: bytes %d, file has %d", r.Path, r.Bytes, len(data))
		}
		checkTable(t, r, data)
	}
	for name := range files {
		if strings.HasSuffix(name, ".csv") && !inZip[name] {
			t.Errorf("%s is in the zip but no resource of datapackage.json", name)
		}
	}
	if !bytes.Contains(files["8-6.csv"], []byte(",https://www.vccinews.com/")) {
		t.Error("8-6.csv lacks the source_url of its 2022 figure")
	}

	again, err := Build(os.DirFS(repoRoot), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Files["du-lieu/tat-ca.zip"], out.Files["du-lieu/tat-ca.zip"]) {
		t.Error("two builds made different zips")
	}
	t.Logf("tat-ca.zip: %d files, %d bytes", len(entries), len(out.Files["du-lieu/tat-ca.zip"]))
}

// checkTable reads a CSV as a Table Schema reader would: UTF-8 with a BOM
// for Excel, a header row of the fields' names, cells of the fields' types,
// "" as the missing value.
func checkTable(t *testing.T, r dpResource, data []byte) {
	t.Helper()
	if !bytes.HasPrefix(data, []byte("\uFEFF")) {
		t.Errorf("%s has no BOM; Excel would read its Vietnamese wrong", r.Path)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
	if err != nil || len(rows) == 0 {
		t.Errorf("%s: %v", r.Path, err)
		return
	}
	var want []string
	for _, f := range r.Schema.Fields {
		want = append(want, f.Name)
		if !tableTypes[f.Type] || f.Description == "" {
			t.Errorf("%s: field %s has type %q, description %q", r.Path, f.Name, f.Type, f.Description)
		}
	}
	if strings.Join(rows[0], ",") != strings.Join(want, ",") {
		t.Errorf("%s: header %v, schema %v", r.Path, rows[0], want)
		return
	}
	for i, row := range rows[1:] {
		for j, cell := range row {
			f := r.Schema.Fields[j]
			if msg := badCell(f, cell); msg != "" {
				t.Errorf("%s:%d: %s %q: %s", r.Path, i+2, f.Name, cell, msg)
			}
		}
	}
}

// badCell says what is wrong with a cell for its field, or "".
func badCell(f dpField, cell string) string {
	if cell == "" {
		if f.Constraints != nil && f.Constraints.Required {
			return "required"
		}
		return ""
	}
	switch f.Type {
	case "year":
		if y, err := strconv.Atoi(cell); err != nil || y < 1000 || y > 9999 {
			return "not a year"
		}
	case "number":
		if _, err := strconv.ParseFloat(cell, 64); err != nil || strings.ContainsAny(cell, ", ") {
			return "not a number"
		}
	}
	if f.Format == "uri" {
		if u, err := url.Parse(cell); err != nil || u.Scheme == "" || u.Host == "" {
			return "not a URI"
		}
	}
	if f.Constraints != nil && len(f.Constraints.Enum) > 0 {
		for _, e := range f.Constraints.Enum {
			if cell == e {
				return ""
			}
		}
		return "not one of " + strings.Join(f.Constraints.Enum, ", ")
	}
	return ""
}

func TestFileSize(t *testing.T) {
	for _, c := range []struct {
		lang string
		n    int
		want string
	}{{"vi", 0, "0 byte"}, {"vi", 999, "999 byte"}, {"vi", 1000, "1,0 KB"}, {"vi", 12_700, "12,4 KB"}, {"vi", 1000 * 1024, "1,0 MB"}, {"vi", 3_500_000, "3,3 MB"},
		{"en", 12_700, "12.4 KB"}, {"en", 3_500_000, "3.3 MB"}} {
		if got := fileSize(c.lang, c.n); got != c.want {
			t.Errorf("fileSize(%q, %d) = %q, want %q", c.lang, c.n, got, c.want)
		}
	}
}

func TestDataYear(t *testing.T) {
	obs := func(year int, value bool, area string) indicator.Observation {
		return indicator.Observation{Year: year, HasValue: value, Dims: []string{area}}
	}
	for _, c := range []struct {
		name string
		obs  []indicator.Observation
		want int
	}{
		{"none", nil, 0},
		{"only gaps", []indicator.Observation{obs(2024, false, "")}, 0},
		{"a gap is not data", []indicator.Observation{obs(2023, true, ""), obs(2025, false, "")}, 2023},
		{"an area's figure counts", []indicator.Observation{obs(2023, true, ""), obs(2024, true, "Mỹ Xuyên")}, 2024},
		{"file order does not matter", []indicator.Observation{obs(2025, true, ""), obs(2021, true, "")}, 2025},
	} {
		if got := dataYear(indicator.Series{Dims: []string{"area"}, Obs: c.obs}); got != c.want {
			t.Errorf("%s: dataYear = %d, want %d", c.name, got, c.want)
		}
	}
}
