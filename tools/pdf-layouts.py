#!/usr/bin/env python3
"""Writes the generated PDF layout test set: one small .tex per layout plus gold.jsonl, into
src/test/resources/pdf/layouts/. The papers are invented; each is set in a different real class
(IEEEtran, acmart, llncs, elsarticle, revtex4-2, amsart, article, ...). tools/pdf-layouts.sh runs
this and pdflatex. Development-time only: the product and the tests never need TeX."""
import json, os, sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/pdf/layouts"

BODY = r"""
\section{Introduction}
Large models are trained on data whose distribution drifts over time, and the evaluation protocols
used in practice rarely account for this drift. In this paper we study the problem in a controlled
setting and report results on three public benchmarks. Our contributions are a formal model of the
drift, an estimator with a finite-sample bound, and an empirical study.

A common assumption is that the training and test data are drawn from one distribution. In deployed
systems this rarely holds: user populations change, sensors are replaced, and the labelling guidelines
themselves evolve. A model that was well calibrated at release may become over-confident within weeks,
and the usual aggregate accuracy figures hide this because they average over windows of time.

We therefore ask three questions. How quickly does calibration degrade under realistic drift? Can the
degradation be predicted from unlabelled data alone? And can a cheap correction recover most of the
lost calibration without retraining the model? We answer the first question empirically, the second
with a bound on the error of a density-ratio estimate, and the third with a re-weighting scheme.

The rest of the paper is organised as follows. Section 2 reviews related work on distribution shift and
continual learning. Section 3 describes the estimator and its analysis. Section 4 reports experiments on
three benchmarks, and Section 5 discusses limitations and directions for future work.

\section{Related Work}
Work on covariate shift \cite{r1} assumes a fixed marginal of the labels; work on continual learning
\cite{r2} measures forgetting but not calibration. Our setting combines both views, following the
analysis of \cite{r3}.

\section{Method}
We fit a reference model on the first window and re-weight later windows by a density ratio estimated
with a small classifier. The weights are clipped to keep the variance bounded, and the clipping level is
chosen on held-out data.

\section{Experiments}
We train every model for twenty epochs with a batch size of 256 and report the mean of five seeds. The
re-weighted estimator lowers the calibration error on all three benchmarks, while accuracy stays within
one point of the baseline.

\begin{thebibliography}{9}
\bibitem{r1} H. Shimodaira. Improving predictive inference under covariate shift by weighting the log-likelihood function. Journal of Statistical Planning and Inference, 90(2):227--244, 2000.
\bibitem{r2} J. Kirkpatrick et al. Overcoming catastrophic forgetting in neural networks. Proceedings of the National Academy of Sciences, 114(13):3521--3526, 2017.
\bibitem{r3} Z. Lipton, Y. Wang, and A. Smola. Detecting and correcting for label shift with black box predictors. In International Conference on Machine Learning, 2018.
\end{thebibliography}
"""

PAPERS = []

def paper(name, title, authors, abstract, tex, venue=None, year=None, printed_title=None, printed_authors=None, notes=""):
    PAPERS.append(dict(name=name, title=title, authors=authors, abstract=abstract, tex=tex, venue=venue, year=year,
                       printed_title=printed_title, printed_authors=printed_authors, notes=notes))

def pre(cls, opts="", extra=""):
    return "\\documentclass[%s]{%s}\n\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n%s\n" % (opts, cls, extra if "times" in extra else "\\usepackage{lmodern}" + extra)

# 1 IEEE conference: author blocks with affiliations and e-mails, run-in "Abstract—".
A = "Graph neural networks are routinely evaluated on a handful of citation graphs whose splits were fixed years ago. We show that the reported gains shrink or vanish under random re-splits, and we propose a protocol with confidence intervals that makes comparisons reproducible."
paper("ieee_conf", "Revisiting Evaluation Protocols for Graph Neural Networks on Citation Benchmarks",
      ["Priya Raghunathan", "Tobias Keller", "Wen-Hao Lin"], A,
      pre("IEEEtran", "conference") + r"""\begin{document}
\title{Revisiting Evaluation Protocols for Graph Neural Networks on Citation Benchmarks}
\author{\IEEEauthorblockN{Priya Raghunathan}
\IEEEauthorblockA{\textit{Department of Computer Science} \\ \textit{University of Leeds}\\ Leeds, United Kingdom \\ p.raghunathan@leeds.example.ac.uk}
\and
\IEEEauthorblockN{Tobias Keller}
\IEEEauthorblockA{\textit{Institute for Machine Learning} \\ \textit{ETH Zurich}\\ Zurich, Switzerland \\ tkeller@inf.example.ch}
\and
\IEEEauthorblockN{Wen-Hao Lin}
\IEEEauthorblockA{\textit{Graduate Institute of Networking} \\ \textit{National Taiwan University}\\ Taipei, Taiwan \\ whlin@csie.example.tw}}
\maketitle
\begin{abstract}
%(abstract)s
\end{abstract}
\begin{IEEEkeywords}
graph neural networks, benchmarks, evaluation
\end{IEEEkeywords}
""" + BODY + r"\end{document}")

# 2 IEEE journal: one line of names, affiliations in a footnote.
A = "We present a lightweight speech enhancement network that runs in real time on a microcontroller with 256 kB of memory. Structured pruning and eight-bit quantisation reduce the model by a factor of forty with a loss of 0.1 dB in signal-to-distortion ratio."
paper("ieee_journal", "Tiny Speech Enhancement: Real-Time Denoising on Microcontrollers",
      ["Laura M. Castillo", "Henrik Sørensen", "Ahmed Y. Farouk"], A,
      pre("IEEEtran", "journal") + r"""\begin{document}
\title{Tiny Speech Enhancement: Real-Time Denoising on Microcontrollers}
\author{Laura~M.~Castillo, Henrik~Sørensen, and~Ahmed~Y.~Farouk%
\thanks{L. M. Castillo and H. Sørensen are with the Department of Electronic Systems, Aalborg University, Denmark.}%
\thanks{A. Y. Farouk is with the Faculty of Engineering, Cairo University, Egypt.}}
\maketitle
\begin{abstract}
%(abstract)s
\end{abstract}
\begin{IEEEkeywords}
speech enhancement, pruning, quantization, embedded systems
\end{IEEEkeywords}
""" + BODY + r"\end{document}")

# 3 ACM sigconf.
A = "Recommender systems trained on logged interactions inherit the exposure bias of the policy that produced the logs. We study off-policy correction for sequential recommenders and find that a simple clipped estimator matches more complex doubly robust variants on four datasets."
ACM_AUTH = r"""\author{Marta Nowak}
\affiliation{\institution{Warsaw University of Technology}\city{Warsaw}\country{Poland}}
\email{m.nowak@pw.example.pl}
\author{Daniel Okafor}
\affiliation{\institution{University of Lagos}\city{Lagos}\country{Nigeria}}
\email{dokafor@unilag.example.ng}
\author{Sophie Laurent}
\affiliation{\institution{Inria}\city{Paris}\country{France}}
\email{sophie.laurent@inria.example.fr}
"""
paper("acm_sigconf", "Off-Policy Correction for Sequential Recommendation: A Reality Check",
      ["Marta Nowak", "Daniel Okafor", "Sophie Laurent"], A, venue="RecSys \u201924, October 2024, Bari, Italy", year=2024,
      notes="acmart prints the conference line at the foot of the first column; the ACM templates' placeholder venues"
            " and DOIs (Conference'17, 10.1145/nnnnnnn.nnnnnnn) in the other acmart files are not taken for venues.",
      tex=
      "\\documentclass[sigconf]{acmart}\n\\settopmatter{printacmref=false}\n\\setcopyright{none}\n\\acmConference[RecSys '24]{Conference on Recommender Systems}{October 2024}{Bari, Italy}\n" + r"""\begin{document}
\title{Off-Policy Correction for Sequential Recommendation: A Reality Check}
""" + ACM_AUTH + r"""\begin{abstract}
%(abstract)s
\end{abstract}
\begin{CCSXML}
<ccs2012><concept><concept_id>10002951.10003317.10003347.10003350</concept_id><concept_desc>Information systems~Recommender systems</concept_desc><concept_significance>500</concept_significance></concept></ccs2012>
\end{CCSXML}
\ccsdesc[500]{Information systems~Recommender systems}
\keywords{off-policy learning, recommender systems, exposure bias}
\maketitle
""" + BODY + r"\end{document}")

# 4 ACM small (one column journal).
A = "Code language models are often judged by the pass rate of generated functions on short unit tests. We collect a benchmark of one thousand tasks with hidden edge-case tests and show that pass rates drop by up to thirty points, with the largest drops for string handling."
paper("acm_small", "Hidden Edge Cases: Measuring the Robustness of Code Language Models",
      ["Kenji Watanabe", "Elena Petrova"], A, printed_authors=["KENJI WATANABE", "ELENA PETROVA"],
      notes="acmsmall prints author names in capitals, each followed by its affiliation on the same line; no abstract heading.",
      tex=
      "\\documentclass[acmsmall]{acmart}\n\\settopmatter{printacmref=false}\n\\setcopyright{none}\n" + r"""\begin{document}
\title{Hidden Edge Cases: Measuring the Robustness of Code Language Models}
\author{Kenji Watanabe}
\affiliation{\institution{University of Tokyo}\city{Tokyo}\country{Japan}}
\email{kenji@is.example.jp}
\author{Elena Petrova}
\affiliation{\institution{JetBrains Research}\city{Amsterdam}\country{Netherlands}}
\email{elena.petrova@example.com}
\begin{abstract}
%(abstract)s
\end{abstract}
\keywords{code generation, large language models, testing}
\maketitle
""" + BODY + r"\end{document}")

# 5 Springer LNCS: \inst marks, institutes below.
A = "Active learning promises to cut annotation costs, yet most studies simulate oracles that never err. We model annotator noise explicitly and show that uncertainty sampling degrades faster than random sampling once the label error exceeds ten percent."
paper("llncs", "When Oracles Err: Active Learning with Noisy Annotators",
      ["Julia Schäfer", "Marco Rossi", "Ines Carvalho"], A,
      pre("llncs") + r"""\begin{document}
\title{When Oracles Err: Active Learning with Noisy Annotators}
\author{Julia Schäfer\inst{1} \and Marco Rossi\inst{2} \and Ines Carvalho\inst{1,3}}
\authorrunning{J. Schäfer et al.}
\institute{Technische Universität München, Munich, Germany\\ \email{julia.schaefer@tum.example.de} \and
Politecnico di Milano, Milan, Italy \and Universidade de Lisboa, Lisbon, Portugal}
\maketitle
\begin{abstract}
%(abstract)s
\keywords{Active learning \and Label noise \and Annotation.}
\end{abstract}
""" + BODY + r"\end{document}")

# 6 Elsevier preprint.
A = "Satellite images of farmland are labelled sparsely and unevenly across regions. We propose a semi-supervised segmentation model that uses temporal consistency across acquisitions as a training signal and improves field boundary detection by six points of intersection over union."
paper("elsarticle", "Temporal Consistency as Supervision for Field Boundary Segmentation in Satellite Imagery",
      ["Amélie Durand", "Rahul Mehta", "Óscar Jiménez-García"], A,
      pre("elsarticle", "preprint,12pt") + r"""\begin{document}
\begin{frontmatter}
\title{Temporal Consistency as Supervision for Field Boundary Segmentation in Satellite Imagery}
\author[a]{Amélie Durand}
\author[b]{Rahul Mehta}
\author[a,c]{Óscar Jiménez-García}
\affiliation[a]{organization={Université Grenoble Alpes}, city={Grenoble}, country={France}}
\affiliation[b]{organization={Indian Institute of Science}, city={Bangalore}, country={India}}
\affiliation[c]{organization={Universidad Politécnica de Madrid}, city={Madrid}, country={Spain}}
\begin{abstract}
%(abstract)s
\end{abstract}
\begin{keyword}
remote sensing \sep semantic segmentation \sep semi-supervised learning
\end{keyword}
\end{frontmatter}
""" + BODY + r"\end{document}")

# 7 REVTeX (APS two-column, abstract in a box across the page).
A = "We train a neural network to predict the ground-state energy of disordered spin chains from short Monte Carlo samples. The network generalises to chain lengths four times longer than those seen in training and recovers the critical point of the transverse-field model."
paper("revtex", "Neural Estimation of Ground-State Energies in Disordered Spin Chains",
      ["Clara Hoffmann", "Yusuf Demir", "Aleksander Wiśniewski"], A,
      "\\documentclass[aps,prb,twocolumn,superscriptaddress]{revtex4-2}\n\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n" + r"""\begin{document}
\title{Neural Estimation of Ground-State Energies in Disordered Spin Chains}
\author{Clara Hoffmann}
\affiliation{Max Planck Institute for the Physics of Complex Systems, Dresden, Germany}
\author{Yusuf Demir}
\affiliation{Department of Physics, Bilkent University, Ankara, Turkey}
\author{Aleksander Wiśniewski}
\affiliation{Max Planck Institute for the Physics of Complex Systems, Dresden, Germany}
\affiliation{Faculty of Physics, University of Warsaw, Warsaw, Poland}
\date{\today}
\begin{abstract}
%(abstract)s
\end{abstract}
\maketitle
""" + BODY + r"\end{document}")

# 8 plain article, one column, \thanks footnotes.
A = "Sparse mixture-of-experts models route each token to a few experts, but the router is trained with a heuristic load-balancing loss. We derive the balancing term from a constrained optimisation view and obtain a router that is both simpler and more stable in training."
paper("article_thanks", "A Constrained Optimisation View of Load Balancing in Mixture-of-Experts Models",
      ["Nathan Brooks", "Mei Chen", "Olusegun Adeyemi"], A,
      pre("article", "11pt") + r"""\begin{document}
\title{A Constrained Optimisation View of Load Balancing in Mixture-of-Experts Models}
\author{Nathan Brooks\thanks{Department of Statistics, University of Oxford. Email: nbrooks@stats.example.uk}
\and Mei Chen\thanks{Shanghai AI Laboratory.}
\and Olusegun Adeyemi\thanks{Department of Computer Science, University of Toronto.}}
\date{}
\maketitle
\begin{abstract}
%(abstract)s
\end{abstract}
""" + BODY + r"\end{document}")

# 9 article twocolumn, abstract in the first column, authors with affiliations in tabular.
A = "We study the effect of tokenisation on arithmetic in small language models. Models that split numbers into single digits learn addition with ten times fewer examples, and right-to-left digit order further improves length generalisation."
paper("article_twocol", "Digits Matter: Tokenisation and Arithmetic in Small Language Models",
      ["Hannah Weiß", "Carlos Mendoza"], A,
      pre("article", "10pt,twocolumn") + r"""\begin{document}
\title{Digits Matter: Tokenisation and Arithmetic in Small Language Models}
\author{Hannah Weiß\\ University of Stuttgart\\ {\tt hannah.weiss@ims.example.de}
\and Carlos Mendoza\\ Universidad de Chile\\ {\tt cmendoza@dcc.example.cl}}
\date{}
\maketitle
\begin{abstract}
%(abstract)s
\end{abstract}
""" + BODY + r"\end{document}")

# 10 amsart: title in capitals, author names in capitals; addresses at the end.
A = "We prove that gradient descent with a constant step size on two-layer networks of width polynomial in the sample size reaches a global minimum of the squared loss, and we give an explicit bound on the number of iterations that depends on the margin of the data."
paper("amsart", "Global Convergence of Gradient Descent for Wide Two-Layer Networks",
      ["Robert Hale", "Anna Kowalski"], A,
      pre("amsart") + r"""\begin{document}
\title{Global convergence of gradient descent for wide two-layer networks}
\author{Robert Hale}
\address{Department of Mathematics, University of Michigan, Ann Arbor, MI, USA}
\email{rhale@umich.example.edu}
\author{Anna Kowalski}
\address{Courant Institute, New York University, New York, NY, USA}
\email{kowalski@cims.example.edu}
\begin{abstract}
%(abstract)s
\end{abstract}
\maketitle
""" + BODY + r"\end{document}",
      printed_title="GLOBAL CONVERGENCE OF GRADIENT DESCENT FOR WIDE TWO-LAYER NETWORKS",
      printed_authors=["ROBERT HALE", "ANNA KOWALSKI"],
      notes="amsart prints title and author names in capitals; gold keeps them as printed. Addresses are printed at the end of the paper.")

# 11 NeurIPS-like: title between rules, authors in a tabular grid of three with affiliations and e-mails.
A = "Diffusion models generate images by reversing a noising process over hundreds of steps. We distil a pretrained model into a four-step sampler using a consistency objective on intermediate features, and keep the fidelity of the teacher on three benchmarks."
paper("neurips_like", "Feature-Level Consistency Distillation for Few-Step Diffusion Sampling",
      ["Isabelle Fournier", "Arjun Nair", "Greta Lindqvist", "Tomás Herrera", "Yuki Sato", "Fatima Zahra Benali"], A,
      pre("article", "10pt", r"\usepackage[margin=1.5in,top=1in]{geometry}\usepackage{times}") + r"""\begin{document}
\begin{center}
\rule{\textwidth}{4pt}\\[12pt]
{\LARGE\bfseries Feature-Level Consistency Distillation\\[4pt] for Few-Step Diffusion Sampling\par}
\rule{\textwidth}{1pt}\\[18pt]
\begin{tabular}{ccc}
\textbf{Isabelle Fournier} & \textbf{Arjun Nair} & \textbf{Greta Lindqvist}\\
Sorbonne Université & Stanford University & KTH Royal Institute of Technology\\
\texttt{ifournier@example.fr} & \texttt{anair@example.edu} & \texttt{glind@example.se}\\[10pt]
\textbf{Tomás Herrera} & \textbf{Yuki Sato} & \textbf{Fatima Zahra Benali}\\
Universidad de Buenos Aires & Kyoto University & Mohammed VI Polytechnic University\\
\texttt{therrera@example.ar} & \texttt{ysato@example.jp} & \texttt{fz.benali@example.ma}\\
\end{tabular}
\end{center}
\vspace{12pt}
\begin{center}{\large\bfseries Abstract}\end{center}
\begin{quote}
%(abstract)s
\end{quote}
""" + BODY + r"\end{document}",
      notes="NeurIPS-like imitation: rules around the title, authors in a 3-column grid.")

# 12 workshop paper with a running header line above a three-line title.
A = "Clinical notes are written under time pressure and abound in abbreviations. We fine-tune an efficient encoder to expand abbreviations in context and show that the expanded notes improve downstream coding accuracy, in particular for rare diagnosis codes."
paper("workshop_header", "Context-Aware Abbreviation Expansion in Clinical Notes Improves Automated Diagnosis Coding for Rare Conditions",
      ["Sarah O'Connor", "Miguel Á. Torres", "Lars-Erik Holm"], A,
      pre("article", "10pt", r"\usepackage[margin=1in]{geometry}") + r"""\begin{document}
\noindent{\small Workshop on Machine Learning for Health at ICLR 2025. Non-archival.}\par\vspace{18pt}
\begin{center}
{\Large\bfseries Context-Aware Abbreviation Expansion in Clinical Notes\\ Improves Automated Diagnosis Coding\\ for Rare Conditions\par}
\vspace{14pt}
{\large Sarah O'Connor$^{1}$, Miguel Á. Torres$^{2}$, Lars-Erik Holm$^{1,3}$\par}
\vspace{6pt}
{\small $^{1}$Karolinska Institutet, Stockholm \quad $^{2}$Universidad de Granada \quad $^{3}$Uppsala University\par}
\end{center}
\vspace{10pt}
\noindent\textbf{Abstract.} %(abstract)s
""" + BODY + r"\end{document}",
      venue=None, year=None, notes="Workshop line above the title; superscript affiliation numbers.")

# 13 accents, hyphenated surnames, middle initials, ligature-rich abstract, \author{A \and B \and C}.
A = "Efficient fine-tuning of large models is difficult when the official checkpoints offer little flexibility. We find that affine reparameterisation of the final layers suffices to reach the fidelity of full fine-tuning on fifteen classification tasks, with a fraction of the memory."
paper("accents_and", "Affine Reparameterisation Suffices for Efficient Fine-Tuning",
      ["Zoë Müller-Lüdenscheidt", "Paweł J. Wróblewski", "Bjørn Ødegård", "François-Xavier Léveillé"], A,
      pre("article", "11pt") + r"""\begin{document}
\title{Affine Reparameterisation Suffices for Efficient Fine-Tuning}
\author{Zoë Müller-Lüdenscheidt \and Paweł J. Wróblewski \and Bjørn Ødegård \and François-Xavier Léveillé}
\date{}
\maketitle
\begin{abstract}
%(abstract)s
\end{abstract}
""" + BODY + r"\end{document}")

# 14 metadata trap: the PDF's Title names another paper.
A = "Retrieval-augmented generation depends on a retriever that is usually trained separately from the generator. We train both jointly with a differentiable top-k operator and report gains in answer accuracy on open-domain question answering with a smaller index."
paper("metadata_trap", "Joint Training of Retriever and Generator with Differentiable Top-k Selection",
      ["Oliver Grant", "Aisha Rahman"], A,
      pre("article", "11pt", r"\usepackage[pdftitle={Attention Is Not All You Need: A Survey},pdfauthor={Someone Else}]{hyperref}") + r"""\begin{document}
\title{Joint Training of Retriever and Generator with Differentiable Top-k Selection}
\author{Oliver Grant\\ Carnegie Mellon University \and Aisha Rahman\\ University of Edinburgh}
\date{March 2025}
\maketitle
\begin{abstract}
%(abstract)s
\end{abstract}
""" + BODY + r"\end{document}",
      notes="The PDF metadata Title names another paper.")

# 15 ICML-like: title, authors on one line with superscript marks, affiliations in a footnote, abstract in column one.
A = "Policy gradient methods for continuous control are sensitive to the scale of rewards. We propose a normalisation of advantages that is invariant to affine reward transformations and show that it removes the need for per-task tuning on a suite of locomotion tasks."
paper("icml_like", "Scale-Invariant Advantage Normalisation for Policy Gradient Methods",
      ["Emma Thompson", "Hiroshi Tanaka", "Lucía Fernández", "David Kim"], A,
      pre("article", "10pt,twocolumn", r"\usepackage[margin=0.75in]{geometry}\usepackage{times}") + r"""\begin{document}
\twocolumn[
\begin{center}
{\Large\bfseries Scale-Invariant Advantage Normalisation for Policy Gradient Methods\par}
\vspace{12pt}
{\bfseries Emma Thompson$^{1}$\ \ Hiroshi Tanaka$^{2}$\ \ Lucía Fernández$^{1}$\ \ David Kim$^{3}$\par}
\vspace{16pt}
\end{center}]
\footnotetext{$^1$University College London $^2$RIKEN AIP $^3$KAIST. Correspondence to: Emma Thompson <e.thompson@ucl.example.uk>.}
\begin{center}\textbf{Abstract}\end{center}
%(abstract)s
""" + BODY + r"\end{document}")

# 16 IEEE-like conference with authors on a single line via \and, "A \and B" (IEEEtran compsoc style).
A = "Federated learning across hospitals suffers from label distributions that differ between sites. We propose a personalised aggregation rule that weights client updates by an estimate of their label overlap and improves worst-site accuracy by seven points."
paper("llncs_many", "Label-Aware Aggregation for Federated Learning Across Hospitals",
      ["Anna-Lena Vogt", "Mehmet Öztürk", "Chloé Bernard", "Stefan Nikolić", "Ewa Łukasiewicz"], A,
      pre("llncs") + r"""\begin{document}
\title{Label-Aware Aggregation for Federated Learning\\ Across Hospitals}
\titlerunning{Label-Aware Aggregation}
\author{Anna-Lena Vogt\inst{1}\orcidID{0000-0002-1825-0097} \and Mehmet Öztürk\inst{2} \and Chloé Bernard\inst{3} \and Stefan Nikolić\inst{1} \and Ewa Łukasiewicz\inst{4}}
\institute{Charité -- Universitätsmedizin Berlin, Germany \and Boğaziçi University, Istanbul, Turkey \and Université de Lyon, France \and Jagiellonian University, Kraków, Poland}
\maketitle
\begin{abstract}
%(abstract)s
\keywords{Federated learning \and Medical imaging.}
\end{abstract}
""" + BODY + r"\end{document}",
      notes="Title over two lines; five authors with \\inst marks and an ORCID mark.")

# ---- Held-out layouts: written after the extractor was tuned on the sixteen above, measured before any change.

# 17 amsart, one author: the first page prints a lone name in capitals.
A = "We give a sharp lower bound on the sample complexity of learning halfspaces with a margin under adversarial label noise, matching the upper bound of the perceptron up to logarithmic factors."
paper("amsart_single", "Sharp Sample Complexity Bounds for Robust Learning of Halfspaces",
      ["Teresa Lindgren"], A,
      pre("amsart") + r"""\begin{document}
\title{Sharp sample complexity bounds for robust learning of halfspaces}
\author{Teresa Lindgren}
\address{Department of Mathematics, Stockholm University, Sweden}
\email{tlindgren@math.example.se}
\begin{abstract}
%(abstract)s
\end{abstract}
\maketitle
""" + BODY + r"\end{document}",
      printed_title="SHARP SAMPLE COMPLEXITY BOUNDS FOR ROBUST LEARNING OF HALFSPACES",
      printed_authors=["TERESA LINDGREN"], notes="amsart with one author: a lone name in capitals.")

# 18 Elsevier two-column journal (5p).
A = "Anomaly detection in industrial time series is hampered by the scarcity of labelled faults. We pretrain a transformer on normal operation with a masked reconstruction task and detect faults as reconstruction outliers, outperforming isolation forests on two plant datasets."
paper("elsarticle_5p", "Masked Reconstruction Pretraining for Fault Detection in Industrial Time Series",
      ["Giulia Bianchi", "Matthias Krüger", "Nguyen Van An"], A,
      pre("elsarticle", "5p,times") + r"""\begin{document}
\begin{frontmatter}
\title{Masked Reconstruction Pretraining for Fault Detection in Industrial Time Series}
\author[1]{Giulia Bianchi}
\author[2]{Matthias Krüger}
\author[1]{Nguyen Van An}
\affiliation[1]{organization={Politecnico di Torino}, city={Turin}, country={Italy}}
\affiliation[2]{organization={RWTH Aachen University}, city={Aachen}, country={Germany}}
\begin{abstract}
%(abstract)s
\end{abstract}
\begin{keyword}
anomaly detection \sep time series \sep transformers
\end{keyword}
\end{frontmatter}
""" + BODY + r"\end{document}")

# 19 IEEE Computer Society journal: abstract across the page before the columns.
A = "Point cloud registration fails when the overlap between scans is small. We learn overlap-aware keypoints with a lightweight attention module and reduce the registration failure rate by half on scans with less than thirty percent overlap."
paper("ieee_compsoc", "Overlap-Aware Keypoints for Low-Overlap Point Cloud Registration",
      ["Jiho Park", "Maximilian Braun", "Ana Sofía Ramírez"], A,
      pre("IEEEtran", "journal,compsoc") + r"""\begin{document}
\title{Overlap-Aware Keypoints for Low-Overlap Point Cloud Registration}
\author{Jiho~Park, Maximilian~Braun, and~Ana~Sofía~Ramírez%
\IEEEcompsocitemizethanks{\IEEEcompsocthanksitem J. Park is with KAIST, Daejeon, Korea.\protect\\ E-mail: jpark@kaist.example.kr
\IEEEcompsocthanksitem M. Braun and A. S. Ramírez are with the Technical University of Munich, Germany.}}
\IEEEtitleabstractindextext{\begin{abstract}
%(abstract)s
\end{abstract}
\begin{IEEEkeywords}
point clouds, registration, keypoints
\end{IEEEkeywords}}
\maketitle
\IEEEdisplaynontitleabstractindextext
""" + BODY + r"\end{document}")

# 20 JMLR-like: each author on a line with the e-mail set right, address lines below.
A = "Bayesian optimisation scales poorly with the number of evaluations because of the cubic cost of exact Gaussian process inference. We use a sparse variational approximation with inducing points chosen by the acquisition function and keep the regret of the exact method."
paper("jmlr_like", "Acquisition-Guided Inducing Points for Scalable Bayesian Optimisation",
      ["Rebecca J. Moreau", "Sung-Min Cho", "Pieter de Vries"], A,
      pre("article", "11pt", r"\usepackage[margin=1in]{geometry}") + r"""\begin{document}
\begin{center}{\LARGE\bfseries Acquisition-Guided Inducing Points for\\ Scalable Bayesian Optimisation\par}\end{center}
\vspace{16pt}
\noindent\textbf{Rebecca J. Moreau} \hfill \texttt{rmoreau@example.org}\\
{\small Department of Statistics, University of Warwick, Coventry, UK}\\[6pt]
\textbf{Sung-Min Cho} \hfill \texttt{smcho@example.kr}\\
{\small Graduate School of AI, Seoul National University, Korea}\\[6pt]
\textbf{Pieter de Vries} \hfill \texttt{p.devries@example.nl}\\
{\small Informatics Institute, University of Amsterdam, The Netherlands}
\vspace{16pt}
\begin{center}\textbf{Abstract}\end{center}
\begin{quote}
%(abstract)s
\end{quote}
\noindent\textbf{Keywords:} Bayesian optimisation, Gaussian processes, variational inference
""" + BODY + r"\end{document}")

# 21 ACM sigconf with five authors (the grid wraps to a second row).
A = "Dense retrievers trained on English transfer poorly to low-resource languages. We show that continued pretraining on parallel sentences combined with hard negatives mined in the target language closes most of the gap at a fraction of the cost of translation."
paper("acm_five", "Cheap Cross-Lingual Transfer for Dense Retrieval",
      ["Amara Nwosu", "Jonas Becker", "Li Wei", "Raquel Soares", "Mikko Virtanen"], A,
      "\\documentclass[sigconf]{acmart}\n\\settopmatter{printacmref=false}\n\\setcopyright{none}\n" + r"""\begin{document}
\title{Cheap Cross-Lingual Transfer for Dense Retrieval}
\author{Amara Nwosu}\affiliation{\institution{University of Ibadan}\country{Nigeria}}\email{anwosu@example.ng}
\author{Jonas Becker}\affiliation{\institution{Saarland University}\country{Germany}}\email{jbecker@example.de}
\author{Li Wei}\affiliation{\institution{Tsinghua University}\country{China}}\email{liwei@example.cn}
\author{Raquel Soares}\affiliation{\institution{University of Porto}\country{Portugal}}\email{rsoares@example.pt}
\author{Mikko Virtanen}\affiliation{\institution{University of Helsinki}\country{Finland}}\email{mvirtanen@example.fi}
\begin{abstract}
%(abstract)s
\end{abstract}
\keywords{dense retrieval, multilingual, transfer learning}
\maketitle
""" + BODY + r"\end{document}")

# 22 arXiv-style preprint: \thanks on the title, "Preprint. Under review." footer, single-digit marks after names.
A = "Vision-language models describe images fluently but often mention objects that are not present. We measure such hallucinations with a detector-verified benchmark and reduce them by a third with a decoding rule that penalises tokens unsupported by visual evidence."
paper("arxiv_preprint", "Grounded Decoding Reduces Object Hallucination in Vision-Language Models",
      ["Noah Fischer", "Aanya Kapoor", "Mateus Oliveira"], A,
      pre("article", "11pt", r"\usepackage[margin=1in]{geometry}\usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\lfoot{\small Preprint. Under review.}\cfoot{}\rfoot{\thepage}\renewcommand{\headrulewidth}{0pt}") + r"""\begin{document}
\title{Grounded Decoding Reduces Object Hallucination in Vision-Language Models\thanks{Code will be released upon publication.}}
\author{Noah Fischer$^{1}$ \quad Aanya Kapoor$^{2}$ \quad Mateus Oliveira$^{1}$\\[4pt]
{\small $^{1}$University of Freiburg \quad $^{2}$Indian Institute of Technology Bombay}}
\date{}
\maketitle
\thispagestyle{fancy}
\begin{abstract}
%(abstract)s
\end{abstract}
""" + BODY + r"\end{document}")

def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as gold:
        for p in PAPERS:
            tex = p["tex"].replace("%(abstract)s", p["abstract"])
            with open(os.path.join(OUT, p["name"] + ".tex"), "w", encoding="utf-8") as f:
                f.write("% Generated by tools/pdf-layouts.py: an invented paper set in a real layout, a test input.\n" + tex + "\n")
            g = {"file": p["name"] + ".pdf", "title": p["printed_title"] or p["title"],
                 "authors": [a.replace("'", "\u2019") for a in (p["printed_authors"] or p["authors"])], "abstract_start": p["abstract"][:80],
                 "venue": p["venue"], "year": p["year"], "doi": None, "arxiv_id": None, "qa": [],
                 "notes": p["notes"]}
            gold.write(json.dumps(g, ensure_ascii=False) + "\n")

main()
