// Material's bundle fetches sitemap.xml beside every <link rel="alternate"> of a page, a feature meant
// for language versions of a site. Our alternates are feeds: those folders have no sitemap, and the
// root one runs to hundreds of kilobytes at thousands of items, for a feature this site does not use.
// Refuse those requests before they leave the browser; Material treats the refusal as "no alternates".
(() => {
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    if (new URL(url, document.baseURI).pathname.endsWith("/sitemap.xml")) {
      throw new Error("sitemap.xml is not fetched by this site's pages");
    }
    return open.call(this, method, url, ...rest);
  };
})();
