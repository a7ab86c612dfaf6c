package site

import (
	"reflect"
	"testing"
)

// TestNavForShared checks that the menus navFor shares mark what a copy
// of the page's own would, and are never another edition's.
func TestNavForShared(t *testing.T) {
	menu := func(news string) []Link {
		return []Link{{URL: "/", Label: "Trang chủ"}, {URL: "/tin-tuc/", Label: news}, {URL: "/gioi-thieu/", Label: "Giới thiệu"}}
	}
	navs := &navMemo{}
	vi := &model{nav: menu("Tin tức"), navs: navs}
	en := &model{nav: menu("News"), navs: navs}
	tests := []struct {
		name  string
		m     *model
		url   string
		label string // of the news entry
	}{
		{"home", vi, "/", "Tin tức"},
		{"a news page", vi, "/tin-tuc/bai-1/", "Tin tức"},
		{"another news page", vi, "/tin-tuc/bai-2/", "Tin tức"},
		{"the news list", vi, "/tin-tuc/", "Tin tức"},
		{"a page in no entry", vi, "/chi-tieu/1/", "Tin tức"},
		{"the other edition's news page", en, "/tin-tuc/bai-1/", "News"},
		{"the other edition's home", en, "/", "News"},
	}
	for _, tt := range tests {
		got := tt.m.navFor(tt.url)
		if want := tt.m.markNav(tt.url); !reflect.DeepEqual(got, want) || got[1].Label != tt.label {
			t.Errorf("%s: %+v, want %+v", tt.name, got, want)
		}
	}
	if a, b := vi.navFor("/tin-tuc/bai-1/"), vi.navFor("/tin-tuc/bai-2/"); &a[0] != &b[0] {
		t.Error("two pages of the news do not share their menu")
	}
}
