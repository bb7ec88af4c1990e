package dev.vitae.examples;

import static java.time.Month.*;

import dev.vitae.dsl.Cv;
import dev.vitae.dsl.Vitae;
import dev.vitae.dsl.model.Label;
import dev.vitae.dsl.model.Resume;
import dev.vitae.dsl.model.Theme;

/**
 * A CV written as a GitHub profile page: a contact line, three employers whose numbered items
 * carry nested bullets, a skill list, the open-source projects contributed to and a table of
 * recommended blogs.
 *
 * <p>The profile's numbered items become bullets. The open-source projects form a custom
 * section, because only a custom section has room for the sentence that introduces them. Each
 * row of the blog table is an entry: the author or company is its title (linked to their
 * home page where the table links it), the blog's type its subtitle, and the blog's address
 * its summary, so that both links of a row stay visible. The contact details are placeholders.
 */
final class GithubProfileCv {

  private GithubProfileCv() {}

  @Cv("github-profile")
  static Resume githubProfile() {
    return Vitae.cv()
        // The profile writes its dates as 2021.2 and its present as "present".
        .label("en", Label.MONTH_FORMAT, "yyyy.M")
        .label("en", Label.PRESENT, "present")
        // The theme: a coloured header with icons for the profiles.
        .style(s -> s.theme(Theme.MODERN))
        .basics(b -> b
            .name("xieydd")
            .email("xieydd@example.com")
            .summary("""
                📫 If you wish to contact me, you can send an email to xieydd@example.com, or \
                add my WeChat `echo -n 'ZXhhbXBsZS13ZWNoYXQK' | base64 -d`.

                💻 As of 2025, I have over 7 years of experience in AI Infrastructure."""))

        .work(w -> w
            .name("Unisound")
            .url("https://www.unisound.com/")
            .description("including internship")
            .start(2018).end(2021, FEBRUARY)
            .highlight("""
                At the AI algorithm company [Unisound](https://www.unisound.com/), I was \
                responsible for the development and operation of the Atlas supercomputing \
                platform, supporting NLP and CV model training. Key responsibilities \
                included:""", item -> item
                .highlight("Developing a large-scale intelligent scheduling system to optimize "
                    + "multi-tenant resource allocation")
                .highlight("Enhancing the performance of the high-performance distributed file "
                    + "system Lustre")
                .highlight("Building a multi-layer cache cloud-native architecture to accelerate "
                    + "AI model training"))
            .highlight("Worked on 8 Bit training and inference optimization at Unisound, "
                + "optimizing models for NPU and NVIDIA Edge Devices."))

        .work(w -> w
            .name("Tencent Cloud")
            .start(2021, FEBRUARY).end(2023, MAY)
            .highlight("Developed a large-scale AI platform for public cloud:", item -> item
                .highlight("Built a high-performance, scalable elastic offline training platform "
                    + "using EKS (Elastic Kubernetes Service)")
                .highlight("Integrated public cloud object storage and the GooseFS accelerator to "
                    + "create a high-performance cache scheduling system on the cloud"))
            .highlight("""
                Established FinOps infrastructure to help public cloud customers manage and \
                optimize cloud costs more effectively, enhancing cloud resource \
                utilization:""", item -> item
                .highlight("Optimized scheduling and rescheduling, identified high and low "
                    + "priority tasks, and implemented intelligent elastic scaling")
                .highlight("Combined Tencent's Ruyi kernel scheduler optimization and "
                    + "observability to optimize costs while maintaining service quality")
                .highlight("Launched a large-scale cost reduction initiative in the internal "
                    + "cloud, improving resource utilization through efficient resource "
                    + "allocation")))

        .work(w -> w
            .name("Tensorchord")
            .url("https://tensorchord.ai")
            .start(2023, MAY).ongoing()
            .highlight("""
                Leading the development of the Serverless Inference platform \
                [ModelZ](https://modelz.ai/) on GCP, providing optimized cold start model \
                service inference:""", item -> item
                .highlight("Reduced model service cold start time through cache model services "
                    + "and image preheating")
                .highlight("Implemented JuiceFS to build a high-performance cache scheduling "
                    + "system, enhancing model service performance"))
            .highlight("""
                Cloud Team Leader, developing the vector database VectorChord's cloud service \
                and customer support [VectorChord Cloud](https://vectorchord.ai):""", item -> item
                .highlight("""
                    Built a vector database based on PostgreSQL on AWS, achieving control and \
                    data plane separation, BYOC (Bring Your Own Cloud), BYOD (Bring Your Own \
                    Data) capabilities""")
                .highlight("""
                    Implemented cloud-native architecture to achieve PostgreSQL storage and \
                    compute separation, high availability, Backup, PITR (Point-In-Time \
                    Recovery), In-Place Upgrade features""")
                .highlight("""
                    Build an enterprise-level RAG (Retrieval-Augmented Generation) system based \
                    on PostgreSQL as the agent's memory module.""")))

        .skill(s -> s
            .name("Skill set")
            .keywords("Kubernetes", "GCP", "AWS", "Kubeflow", "FinOps", "RAG", "Vector Database",
                "Storage Acceleration", "Tensorflow", "Pytorch", "Cloud Native", "MLOps",
                "AI Infrastructure", "PostgreSQL", "etc."))

        .section("Open Source Projects", s -> s
            .summary("🌱 Currently focusing on MLOps and FinOps, contributing to several open "
                + "source projects:")
            .entry(e -> e
                .title("fluid")
                .url("https://github.com/fluid-cloudnative/fluid")
                .summary("Fluid, elastic data abstraction and acceleration for BigData/AI "
                    + "applications in the cloud. (Project under CNCF)"))
            .entry(e -> e
                .title("crane")
                .url("https://github.com/gocrane/crane")
                .summary("""
                    Crane is a FinOps Platform for Cloud Resource Analytics and Economics in \
                    Kubernetes clusters. The goal is to help users manage cloud costs more \
                    easily while ensuring application quality."""))
            .entry(e -> e
                .title("crane-scheduler")
                .url("https://github.com/gocrane/crane-scheduler")
                .summary("Crane scheduler is a Kubernetes scheduler that can schedule pods based "
                    + "on actual node load."))
            .entry(e -> e
                .title("creator")
                .url("https://github.com/gocrane/creator")
                .summary("Creator is the brain of the crane project, containing the core "
                    + "algorithm module and evaluation module."))
            .entry(e -> e
                .title("openmodelz")
                .url("https://github.com/tensorchord/openmodelz")
                .summary("""
                    One-click machine learning deployment (LLM, text-to-image, etc.) at scale \
                    on any cluster (GCP, AWS, Lambda labs, your home lab, or even a single \
                    machine)."""))
            .entry(e -> e
                .title("clusternet")
                .url("https://github.com/clusternet/clusternet")
                .summary("""
                    [CNCF Sandbox Project] Managing your Kubernetes clusters (including public, \
                    private, edge, etc.) as easily as browsing the Internet"""))
            .entry(e -> e
                .title("vectorchord")
                .url("https://github.com/tensorchord/VectorChord")
                .summary("Scalable, fast, and disk-friendly vector search in Postgres, the "
                    + "successor of pgvecto.rs.")))

        .section("Recommended Blogs", s -> s
            .columns("Type", "Author/Company", "Blog URL")
            .row("Infra", "[Chris Riccomini](https://cnr.sh/)", "<https://materializedview.io/>")
            .row("Infra", "[Jack Vanlightly](https://jack-vanlightly.com/home)",
                "<https://jack-vanlightly.com/>")
            .row("Math and Science", "苏剑林", "<https://kexue.fm/>")
            .row("AI Infra", "Colfax", "<https://research.colfax-intl.com/blog/>")
            .row("Postgres", "[Gabriele Bartolini](https://www.gabrielebartolini.it/about/)",
                "<https://www.gabrielebartolini.it/articles/>")
            .row("AI", "[Sebastian Raschka](https://sebastianraschka.com/)",
                "<https://magazine.sebastianraschka.com/archive?sort=new>")
            .row("AI Algorithm", "[Tom Yeh](https://www.linkedin.com/in/tom-yeh/)",
                "<https://www.byhand.ai/>")
            .row("AI Infra", "[Chip Huyen](https://huyenchip.com/)",
                "<https://huyenchip.com/blog/>"))
        .build();
  }
}
