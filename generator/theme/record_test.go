package theme

import (
	"strings"
	"testing"
)

// TestRecords holds recorded assets to their records: a record is read,
// checked and never published, and every asset that differs is reported.
func TestRecords(t *testing.T) {
	js := "var echarts={};\n"
	good := string(NewRecord("echarts", "6.1.0", "esbuild v0.28.2", "go generate ./generator/chartjs", []byte(js)).Encode())
	tests := []struct {
		name  string
		files map[string]string
		err   []string // substrings of the error, in order; none when it loads
	}{
		{"matches", map[string]string{"themes/t/assets/echarts.js": js, "themes/t/assets/echarts.js.toml": good}, nil},
		{"edited by hand", map[string]string{"themes/t/assets/echarts.js": js + "x", "themes/t/assets/echarts.js.toml": good}, []string{
			"themes/t/assets/echarts.js: tệp khác với bản ghi echarts.js.toml (17 byte", "đừng sửa tay: hãy chạy lại go generate ./generator/chartjs rồi commit cả hai tệp"}},
		{"same size, other bytes", map[string]string{"themes/t/assets/echarts.js": strings.ToUpper(js), "themes/t/assets/echarts.js.toml": good}, []string{
			"themes/t/assets/echarts.js: tệp khác với bản ghi"}},
		{"no asset", map[string]string{"themes/t/assets/echarts.js.toml": good}, []string{
			"themes/t/assets/echarts.js.toml:1:1: bản ghi nói về echarts.js nhưng không có tệp đó trong assets/"}},
		{"no sha256", map[string]string{"themes/t/assets/echarts.js": js, "themes/t/assets/echarts.js.toml": "size = 16\ncommand = \"make\"\n"}, []string{
			"themes/t/assets/echarts.js.toml:1:1: bản ghi thiếu khoá sha256; hãy chạy lại make"}},
		{"misspelt key", map[string]string{"themes/t/assets/echarts.js": js, "themes/t/assets/echarts.js.toml": good + "sha265 = \"x\"\n"}, []string{
			`themes/t/assets/echarts.js.toml:9:1: khoá "sha265" không được hỗ trợ`}},
		{"two at once", map[string]string{
			"themes/t/assets/a.js": "a", "themes/t/assets/a.js.toml": good,
			"themes/t/assets/b.js": "b", "themes/t/assets/b.js.toml": good}, []string{
			"themes/t/assets/a.js: tệp khác", "themes/t/assets/b.js: tệp khác"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th, err := Load(site(tt.files), "t", "/")
			if len(tt.err) == 0 {
				if err != nil {
					t.Fatal(err)
				}
				a := th.Assets["echarts.js"]
				if a.Record == nil || a.Record.Version != "6.1.0" || a.Record.Size != len(js) {
					t.Errorf("record = %+v", a.Record)
				}
				if _, ok := th.Assets["echarts.js.toml"]; ok {
					t.Error("the record is published as an asset")
				}
				return
			}
			if err == nil {
				t.Fatal("loaded")
			}
			msg := err.Error()
			for _, want := range tt.err {
				i := strings.Index(msg, want)
				if i < 0 {
					t.Fatalf("error lacks %q:\n%s", want, err)
				}
				msg = msg[i+len(want):]
			}
		})
	}
}

// TestRecordEncode: what the maintainer command writes is what the build
// reads, and says how to redo it.
func TestRecordEncode(t *testing.T) {
	r := NewRecord("echarts", "6.1.0", "esbuild v0.28.2", "go generate ./generator/chartjs", []byte("abc"))
	got := string(r.Encode())
	want := "# Written by `go generate ./generator/chartjs`; do not edit.\n" +
		"# The build refuses the file beside this one if its size or sha256 differ.\n" +
		"package = \"echarts\"\nversion = \"6.1.0\"\nbundler = \"esbuild v0.28.2\"\nsize = 3\n" +
		"sha256 = \"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"\n" +
		"command = \"go generate ./generator/chartjs\"\n"
	if got != want {
		t.Errorf("Encode:\n%s\nwant:\n%s", got, want)
	}
}
