import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router-dom";
import { AuthProvider } from "./api/auth";
import { I18nextProvider } from "react-i18next";
import { App } from "./App";
import { i18next, ready } from "./i18n";
import "./styles.css";

// The first language's texts first, so the first paint is in it (no English flash).
void ready.then(() =>
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <I18nextProvider i18n={i18next}>
        <BrowserRouter>
          <AuthProvider>
            <App />
          </AuthProvider>
        </BrowserRouter>
      </I18nextProvider>
    </StrictMode>,
  ),
);
