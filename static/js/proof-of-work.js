// Solves the form's proof-of-work challenge (ALTCHA v1: SHA-256 of salt + number) in the
// background, and holds back a submit until the answer is there.
(function () {
  "use strict";

  async function sha256Hex(text) {
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
  }

  async function solve(challenge) {
    for (let number = 0; number <= challenge.maxnumber; number += 1) {
      if ((await sha256Hex(challenge.salt + number)) === challenge.challenge) {
        return btoa(JSON.stringify({
          algorithm: challenge.algorithm,
          challenge: challenge.challenge,
          number: number,
          salt: challenge.salt,
          signature: challenge.signature,
        }));
      }
    }
    return "";
  }

  document.querySelectorAll("input[data-pow-challenge]").forEach(function (input) {
    const form = input.form;
    const solving = solve(JSON.parse(input.dataset.powChallenge)).then(function (answer) {
      input.value = answer;
      return answer;
    });
    let waited = false;
    form.addEventListener("submit", function (event) {
      if (input.value || waited) {
        return;
      }
      event.preventDefault();
      waited = true;
      const submitter = event.submitter;
      solving.then(function () {
        form.requestSubmit(submitter || undefined);
      });
    });
  });
})();
