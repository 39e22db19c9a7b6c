// regkg search folding: what a person types is folded as regkg.keys folds it (the table is data made by
// regkg/views/search_fold.py), so 「瀘市府辦發［2024］9號」, 「泸市府办发[2024]9」 and 「泸市府办发〔2024〕9号」
// find the same document. regkgFold(table).variants(typed) gives the folded text and, for a number, its
// canonical form (year in 〔〕, 第 dropped, 号 added when left off).
function regkgFold(table) {
  "use strict";
  function esc(s) { return s.replace(/[\\\]\[\-^]/g, "\\$&"); }
  var year = new RegExp("[" + esc(table.open) + "]((?:19|20)\\d{2})[" + esc(table.close) + "]第?", "g");
  function key(text) {
    var out = "";
    for (var ch of String(text)) { var f = table.chars[ch]; out += f === undefined ? ch : f; }
    return out.replace(/\s+/g, "").toLowerCase();
  }
  function numberKey(folded) {
    var s = folded.replace(year, "〔$1〕");
    return /〕文?\d+$/.test(s) ? s + "号" : s;
  }
  return {
    key: key,
    variants: function (typed) {
      var k = key(typed), n = numberKey(k);
      return n === k ? [k] : [k, n];
    }
  };
}
